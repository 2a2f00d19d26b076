package org.valuebench.report;

import org.valuebench.domain.SectionGroup;

/**
 * The colours of the three section groups, defined once: the PDF (and so the command line's PNG) paints with
 * them, and the window's style sheet keeps the same values for its light theme (a test holds them equal, as CSS
 * cannot read Java). The offering is blue and the customer profile yellow, everywhere.
 */
public final class SectionPalette {
    /**
     * One group's colours as "#rrggbb".
     *
     * @param group  the background of the group's area
     * @param card   the fill of its cards
     * @param border the outline of its cards
     * @param ink    its frame and title on paper, dark enough to read on white
     */
    public record Colours(String group, String card, String border, String ink) {
    }

    private static final Colours OFFERING = new Colours("#f3f8fe", "#e6f0fc", "#a9c8ee", "#1f5c7a");
    private static final Colours CUSTOMER = new Colours("#fffbea", "#fff4cc", "#e3c766", "#8a6d10");
    private static final Colours ALTERNATIVES = new Colours("#f6f8fa", "#eceff3", "#c3cad3", "#5f6368");

    private SectionPalette() {
    }

    public static Colours of(SectionGroup group) {
        return switch (group) {
            case OFFERING -> OFFERING;
            case CUSTOMER -> CUSTOMER;
            case ALTERNATIVES -> ALTERNATIVES;
        };
    }
}
