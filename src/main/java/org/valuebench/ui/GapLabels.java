package org.valuebench.ui;

import org.valuebench.report.ShortText;

/** Short forms of promise texts for chart axes and point labels (the full text is in the tooltip). */
final class GapLabels {

    private GapLabels() {
    }

    static String shortText(String text, int max) {
        return ShortText.of(text, max);
    }
}
