package org.valuebench.io;

/**
 * A part of the strategy pages (the value curves, their legend, the four actions, the differentiation table):
 * each draws into the one flow they share, so a part starts where the one before it ended.
 */
abstract class StrategySection {
    final StrategyFlow flow;
    final PdfReport pdf;
    final PdfFonts fonts;
    /** The page's scale: sizes are given for A4 and multiplied by it. */
    final float s;

    StrategySection(StrategyFlow flow) {
        this.flow = flow;
        this.pdf = flow.pdf;
        this.fonts = flow.fonts;
        this.s = flow.s;
    }
}
