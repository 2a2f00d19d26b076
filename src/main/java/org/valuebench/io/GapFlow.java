package org.valuebench.io;

import java.awt.Color;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** Each promise's rank, 1 first; by identity, as a search of the list compares every field of every record. */
    private final Map<PromiseGap, Integer> ranks = new IdentityHashMap<>();

    GapFlow(PdfReport pdf, GapReport gaps) {
        super(pdf);
        this.gaps = gaps;
        this.name = gaps.canvas().name();
        this.withFeedback = gaps.promises().stream().filter(p -> p.delivered() != null).toList();
        for (int i = gaps.promises().size() - 1; i >= 0; i--) {
            ranks.put(gaps.promises().get(i), i + 1);
        }
    }

    /** The rank of a promise of {@link #gaps} in the deficit table, 1 first. */
    int rank(PromiseGap gap) {
        return ranks.get(gap);
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
