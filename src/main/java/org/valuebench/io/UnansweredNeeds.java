package org.valuebench.io;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.analysis.GapReport;
import org.valuebench.domain.Item;
import org.valuebench.report.GapFigures;

/**
 * The customer items (wants, needs, fears) no promise answers, below the deficit table: those nothing on the offering answers, and
 * those answered only by items that are not promises, so no feedback measures them.
 */
final class UnansweredNeeds {
    private final GapFlow flow;
    private final PdfReport pdf;
    private final PdfFonts fonts;
    private final float s;
    private final GapReport gaps;

    UnansweredNeeds(GapFlow flow) {
        this.flow = flow;
        this.pdf = flow.pdf;
        this.fonts = flow.fonts;
        this.s = flow.s;
        this.gaps = flow.gaps;
    }

    void draw() {
        List<Item> unanswered = gaps.unanswered();
        List<Item> unpromised = gaps.unpromised();
        flow.y -= 14 * s;
        heading(GapFigures.UNANSWERED + " (" + unanswered.size() + ")",
                "Wants, needs and fears that no offering item answers: a need nobody promises to meet is a"
                        + " deficit too. Most important first.");
        if (unanswered.isEmpty()) {
            paragraph("None: every customer item is answered by the offering.");
        }
        unanswered.forEach(this::need);
        flow.y -= 6 * s;
        heading("Answered, but not promised (" + unpromised.size() + ")",
                "Customer items answered only by offering items that are not promises, so no feedback measures"
                        + " them.");
        if (unpromised.isEmpty()) {
            paragraph("None: every answered customer item is answered by a promise.");
        }
        unpromised.forEach(this::need);
    }

    private void heading(String title, String explanation) {
        List<PdfBlock.Line> lines = new ArrayList<>(pdf.lines(title, fonts.bold(), 11 * s, PdfReport.ACCENT,
                flow.area.width()));
        lines.addAll(pdf.lines(explanation, fonts.regular(), 7.5f * s, PdfReport.MUTED, flow.area.width()));
        // A heading is kept with at least one line below it.
        flow.place(PdfBlock.of(lines, new PdfBlock.Style(null, null, 0, true, 3 * s)), 14 * s);
    }

    private void paragraph(String text) {
        flow.place(PdfBlock.of(pdf.lines(text, fonts.regular(), 8.5f * s, PdfReport.INK, flow.area.width()),
                new PdfBlock.Style(null, null, 0, false, 3 * s)), 0);
    }

    private void need(Item item) {
        String label = item.section().title() + " · importance " + item.importance() + "/5";
        float labelWidth = 120 * s;
        float size = 8.5f * s;
        List<PdfBlock.Line> lines = pdf.lines(item.text(), fonts.regular(), size, PdfReport.INK,
                flow.area.width() - labelWidth);
        List<PdfBlock.Line> indented = lines.stream()
                .map(l -> new PdfBlock.Line(l.text(), l.font(), l.size(), l.color(), l.leading(), labelWidth))
                .toList();
        PdfBlock block = PdfBlock.of(indented, new PdfBlock.Style(null, null, 0, false, 2 * s));
        float top = flow.place(block, 0);
        int p = flow.page;
        float baseline = top - indented.get(0).leading() + indented.get(0).leading() * 0.22f;
        flow.cell(p, label, fonts.bold(), 7 * s, item.importance() >= 4 ? GapReportPages.DEFICIT : PdfReport.MUTED, flow.area.x() - 3 * s,
                baseline, labelWidth, false);
    }
}
