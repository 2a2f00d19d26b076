package org.valuebench.report;

import java.util.List;

/**
 * The colours, marker shapes and line dashes of the series in the Gaps tab's Trend and Voices charts, defined
 * once. A series is told apart by its colour and, for readers who cannot rely on colour, by its marker and dash:
 * no two of the {@value #SLOTS} slots share all three. The window's style sheet (gapview.css) keeps the same
 * colours for each theme (a test holds them equal, as CSS cannot read Java); the PDF paints with the light ones.
 */
public final class SeriesPalette {
    /** Slots before the styles repeat: JavaFX's charts mark series {@code default-color0} to {@code 7}. */
    public static final int SLOTS = 8;

    /** The background the light theme's charts (and paper) are drawn on. */
    public static final String LIGHT_BACKGROUND = "#ffffff";
    /** The background the dark theme's charts are drawn on (AtlantaFX Primer Dark's -color-bg-default). */
    public static final String DARK_BACKGROUND = "#0d1117";

    /**
     * Okabe and Ito's colours for readers with every kind of colour vision, those at least 3:1 against white:
     * blue, vermillion, bluish green, reddish purple, and Primer's ink for the fifth.
     */
    private static final List<String> LIGHT = List.of("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#24292f");
    /** The same hues for a dark background: Okabe and Ito's sky blue and orange, a near white for the ink. */
    private static final List<String> DARK = List.of("#56b4e9", "#e69f00", "#009e73", "#cc79a7", "#f0f0f0");

    /** A marker's outline as an SVG path in a 10 by 10 box, drawn at each point and in the legend. */
    public enum Marker {
        CIRCLE("M5 0 A5 5 0 1 1 5 10 A5 5 0 1 1 5 0 Z"),
        SQUARE("M0.6 0.6 H9.4 V9.4 H0.6 Z"),
        DIAMOND("M5 0 L10 5 L5 10 L0 5 Z"),
        TRIANGLE_UP("M5 0 L10 9.5 H0 Z"),
        TRIANGLE_DOWN("M0 0.5 H10 L5 10 Z");

        private final String path;

        Marker(String path) {
            this.path = path;
        }

        /** The outline as SVG path data. */
        public String path() {
            return path;
        }
    }

    /** The dash of a line: none (solid) for the first five slots, long dashes for the three after them. */
    private static final List<List<Double>> DASHES = List.of(List.of(), List.of(9.0, 5.0));

    private SeriesPalette() {
    }

    /** The distinct colours on a light background, as "#rrggbb", in slot order. */
    public static List<String> lightColours() {
        return LIGHT;
    }

    /** The distinct colours on a dark background, as "#rrggbb", in slot order. */
    public static List<String> darkColours() {
        return DARK;
    }

    /** The colour of series {@code series} on a light background (and on paper). */
    public static String light(int series) {
        return LIGHT.get(slot(series) % LIGHT.size());
    }

    /** The colour of series {@code series} on a dark background. */
    public static String dark(int series) {
        return DARK.get(slot(series) % DARK.size());
    }

    /**
     * The marker of series {@code series}. Slots that share a colour (0 and 5, 1 and 6, 2 and 7) differ in their
     * marker and their dash; any two slots differ in at least two of colour, marker and dash.
     */
    public static Marker marker(int series) {
        int slot = slot(series);
        int shapes = Marker.values().length;
        return Marker.values()[(slot + slot / shapes) % shapes];
    }

    /** The dash of series {@code series}'s line in pixels (on, off, …), empty for a solid line. */
    public static List<Double> dash(int series) {
        return DASHES.get(slot(series) / Marker.values().length);
    }

    private static int slot(int series) {
        return Math.floorMod(series, SLOTS);
    }
}
