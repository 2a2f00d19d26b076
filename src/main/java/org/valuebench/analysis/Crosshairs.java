package org.valuebench.analysis;

/** The lines that split the importance-performance grid into its four quadrants. */
public record Crosshairs(CrosshairMode mode, double performance, double importance) {
    public static final double MIDPOINT = 3.0;
    public static final Crosshairs MIDPOINTS = new Crosshairs(CrosshairMode.MIDPOINTS, MIDPOINT, MIDPOINT);
}
