package org.valuebench.ui.settings;

/** Where the window was and how big, to put it back there next time. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
