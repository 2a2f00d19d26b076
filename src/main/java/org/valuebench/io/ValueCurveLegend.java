package org.valuebench.io;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.domain.Offer;

/**
 * The legend of the value curves: each offer's line and marker with its name, laid out in rows under the chart
 * (or on pages of their own); an entry is an offer's index, and one past the last offer is ours as delivered.
 */
final class ValueCurveLegend extends StrategySection {
    private final List<Offer> offers;
    private final boolean delivered;
    /**
     * Each entry's label and width, measured once: the layout measures every entry again for each row it tries
     * and the drawing needs the labels once more.
     */
    private final String[] labels;
    private final float[] widths;

    ValueCurveLegend(StrategyFlow flow) {
        super(flow);
        this.offers = flow.offers;
        this.delivered = flow.delivered;
        this.labels = new String[offers.size() + 1];
        this.widths = new float[offers.size() + 1];
    }

    /** Where the legend's entries go: for each entry shown, its x offset and row; how many rows in all. */
    record Layout(List<Integer> shown, List<float[]> spots, int rows, int hidden) {
    }

    private String legendLabel(int entry) {
        if (labels[entry] == null) {
            labels[entry] = measuredLabel(entry);
            widths[entry] = 22 * s + 4 * s + fonts.width(fonts.regular(), 7.5f * s, labels[entry]) + 14 * s;
        }
        return labels[entry];
    }

    private String measuredLabel(int entry) {
        float size = 7.5f * s;
        if (entry == offers.size()) {
            return fonts.drawable(fonts.regular(), "Ours as delivered (customer feedback)");
        }
        Offer offer = offers.get(entry);
        String label = offer.isOurs() ? "Ours: " + offer.name()
                : offer.name() + " (" + offer.section().map(sec -> sec.title().toLowerCase(Locale.ROOT)
                        .replaceAll("s$", "")).orElse("") + ")";
        return pdf.fitted(fonts.drawable(fonts.regular(), label), fonts.regular(), size, 170 * s);
    }

    private float legendWidth(int entry) {
        legendLabel(entry);
        return widths[entry];
    }

    /**
     * Lays the entries out in rows of {@code width}; when they need more than {@code maxRows}, the last row
     * says how many more there are instead.
     */
    Layout layout(List<Integer> entries, float width, int maxRows) {
        List<Integer> shown = new ArrayList<>();
        List<float[]> spots = new ArrayList<>();
        float cx = 0;
        int row = 0;
        for (int i = 0; i < entries.size(); i++) {
            float w = legendWidth(entries.get(i));
            if (cx > 0 && cx + w > width) {
                row++;
                cx = 0;
            }
            if (row >= maxRows || (row == maxRows - 1 && !fitsRest(entries, i, cx + w, width))) {
                return new Layout(shown, spots, maxRows, entries.size() - shown.size());
            }
            shown.add(entries.get(i));
            spots.add(new float[] {cx, row});
            cx += w;
        }
        return new Layout(shown, spots, row + 1, 0);
    }

    /** Whether the entries from {@code from} on fit on the rest of the current row. */
    private boolean fitsRest(List<Integer> entries, int from, float cx, float width) {
        float x = cx;
        for (int i = from + 1; i < entries.size(); i++) {
            x += legendWidth(entries.get(i));
            if (x > width) {
                return false;
            }
        }
        return true;
    }

    /** The offers in the order of the ratings grid, then ours as delivered when there is feedback. */
    List<Integer> entries() {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i <= offers.size() - (delivered ? 0 : 1); i++) {
            entries.add(i);
        }
        return entries;
    }

    void draw(Layout layout, float x, float top, String more) {
        float size = 7.5f * s;
        float row = 12 * s;
        float sample = 22 * s;
        int p = flow.page;
        for (int i = 0; i < layout.shown().size(); i++) {
            float left = x + layout.spots().get(i)[0];
            float mid = top - (layout.spots().get(i)[1] + 0.5f) * row;
            String label = legendLabel(layout.shown().get(i));
            int index = layout.shown().get(i);
            boolean deliveredEntry = index == offers.size();
            flow.paint(p, c -> {
                if (deliveredEntry) {
                    c.setStrokingColor(StrategyPages.OURS);
                    c.setLineWidth(OfferLines.DELIVERED_WIDTH * s);
                    c.setLineCapStyle(0);
                    c.setLineDashPattern(OfferLines.deliveredDash(s), 0);
                    c.moveTo(left, mid);
                    c.lineTo(left + sample, mid);
                    c.stroke();
                    c.setLineDashPattern(new float[0], 0);
                    PdfShapes.circle(c, left + sample / 2, mid, 3.2f * s);
                    c.setNonStrokingColor(Color.WHITE);
                    c.setLineWidth(1.3f * s);
                    c.fillAndStroke();
                } else {
                    boolean ours = offers.get(index).isOurs();
                    c.setStrokingColor(OfferLines.colour(index));
                    c.setLineWidth(ours ? 3.2f * s : 1.4f * s);
                    float[] dash = OfferLines.dash(index);
                    if (dash.length > 0) {
                        c.setLineDashPattern(dash, 0);
                    }
                    c.moveTo(left, mid);
                    c.lineTo(left + sample, mid);
                    c.stroke();
                    c.setLineDashPattern(new float[0], 0);
                    OfferLines.marker(c, s, index, left + sample / 2, mid, ours ? 3.6f * s : 2.7f * s, OfferLines.colour(index), true);
                }
                PdfShapes.text(c, fonts.regular(), size, PdfReport.INK, left + sample + 4 * s, mid - size * 0.35f, label);
            });
        }
        if (layout.hidden() > 0) {
            String note = fonts.drawable(fonts.bold(), "… and " + layout.hidden() + " more " + more);
            float mid = top - (layout.rows() - 0.5f) * row;
            flow.paint(p, c -> PdfShapes.text(c, fonts.bold(), size, PdfReport.MUTED, x, mid - size * 0.35f, note));
        }
    }
}
