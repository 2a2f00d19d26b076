package org.valuebench.ui.fx;

import org.valuebench.report.ShortText;

/** Short forms of promise texts for chart axes and point labels (the full text is in the tooltip). */
public final class GapLabels {

    private GapLabels() {
    }

    public static String shortText(String text, int max) {
        return ShortText.of(text, max);
    }
}
