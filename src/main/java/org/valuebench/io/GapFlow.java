package org.valuebench.io;

import java.awt.Color;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;

/**
 * The gap report as it flows: what the deficit table, the needs and the charts all read, and the page and cursor
 * they hand on to each other, since the needs go on below the table.
 */
final class GapFlow extends PdfFlow {
    final GapReport gaps;
    final String name;
    /** The promises some feedback measures, in rank order: the ones the charts can place. */
    final List<PromiseGap> withFeedback;

    GapFlow(PdfReport pdf, GapReport gaps) {
        super(pdf);
        this.gaps = gaps;
        this.name = gaps.canvas().name();
        this.withFeedback = gaps.promises().stream().filter(p -> p.delivered() != null).toList();
    }

    @Override
    String continuedTitle() {
        return "Promise versus delivery: " + name + " (continued)";
    }

    void centred(int p, String text, PDFont font, float size, Color colour, float cx, float baseline) {
        String shown = fonts.drawable(font, text);
        float w = fonts.width(font, size, shown);
        paint(p, c -> PdfShapes.text(c, font, size, colour, cx - w / 2, baseline, shown));
    }
}
