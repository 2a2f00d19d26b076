package org.valuebench.analysis;

/**
 * Martilla & James's importance-performance quadrants. A promise is important when its importance is at or
 * above the importance crosshair, and performs well only when its delivered score is above the performance
 * crosshair: a tie leans towards the quadrant that asks for attention.
 */
public enum Quadrant {
    CONCENTRATE_HERE("Concentrate here", "important and delivered below par"),
    KEEP_UP_THE_GOOD_WORK("Keep up the good work", "important and delivered well"),
    LOW_PRIORITY("Low priority", "less important and delivered below par"),
    POSSIBLE_OVERKILL("Possible overkill", "less important yet delivered well");

    private final String title;
    private final String meaning;

    Quadrant(String title, String meaning) {
        this.title = title;
        this.meaning = meaning;
    }

    public String title() {
        return title;
    }

    public String meaning() {
        return meaning;
    }

    /** Lower-case words joined by underscores, as written in JSON and CSV. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Quadrant of(double performance, double importance, Crosshairs crosshairs) {
        boolean important = importance >= crosshairs.importance();
        boolean performing = performance > crosshairs.performance();
        if (important) {
            return performing ? KEEP_UP_THE_GOOD_WORK : CONCENTRATE_HERE;
        }
        return performing ? POSSIBLE_OVERKILL : LOW_PRIORITY;
    }
}
