package org.valuebench.report;

import java.util.List;

/**
 * How our delivered curve is drawn on the strategy canvas, in the window, its legend and the PDF alike: dashed,
 * joining the factors that have a delivered value (a factor between them without feedback is passed over, not a
 * break), so the line reads as one curve beside our solid one rather than as scattered markers.
 */
public final class ValueCurveLines {
    /** The legend's and tooltip's word for what the dashed line joins. */
    public static final String DELIVERED_JOINS = "dashed; joins the factors that have a delivered value";

    /**
     * The delivered line's dash, on and off, in multiples of the line's width: the gap is wide enough to show
     * with butt ends at any width, so the dashed swatch never passes for a solid one.
     */
    private static final List<Double> DELIVERED_DASH = List.of(2.5, 1.6);

    private ValueCurveLines() {
    }

    /** The delivered line's dash for a line {@code width} wide, on and off, in the same unit as the width. */
    public static double[] deliveredDash(double width) {
        return DELIVERED_DASH.stream().mapToDouble(d -> d * width).toArray();
    }
}
