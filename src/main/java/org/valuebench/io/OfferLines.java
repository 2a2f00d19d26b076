package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.valuebench.report.ValueCurveLines;

/** How each offer's line looks on the value curves and in their legend, so the two always match. */
final class OfferLines {
    /** The width of our delivered line at scale 1, in points. */
    static final float DELIVERED_WIDTH = 1.6f;

    private OfferLines() {
    }

    /** Our delivered line's dash at scale {@code s}: the window's dash ({@link ValueCurveLines}), in points. */
    static float[] deliveredDash(float s) {
        double[] dash = ValueCurveLines.deliveredDash(DELIVERED_WIDTH * s);
        return new float[] {(float) dash[0], (float) dash[1]};
    }

    /** Ours in dark ink; the alternatives in the palette, dashed once the palette has gone round. */
    static Color colour(int offerIndex) {
        return offerIndex == 0 ? StrategyPages.OURS : StrategyPages.PALETTE[(offerIndex - 1) % StrategyPages.PALETTE.length];
    }

    static float[] dash(int offerIndex) {
        int round = offerIndex == 0 ? 0 : (offerIndex - 1) / StrategyPages.PALETTE.length;
        return switch (round % 3) {
            case 0 -> new float[0];
            case 1 -> new float[] {5, 2.5f};
            default -> new float[] {1.5f, 2};
        };
    }
    /** The offer's marker on its line: ours a circle, the alternatives a square, triangle, diamond and hollow circle in turn. */
    static void marker(PDPageContentStream c, float s, int offerIndex, float x, float y, float r, Color colour,
                       boolean filled) throws IOException {
        int shape = offerIndex == 0 ? 0 : 1 + (offerIndex - 1) % 4;
        switch (shape) {
            case 0, 4 -> PdfShapes.circle(c, x, y, r);
            case 1 -> c.addRect(x - r * 0.85f, y - r * 0.85f, r * 1.7f, r * 1.7f);
            case 2 -> {
                c.moveTo(x, y + r * 1.1f);
                c.lineTo(x + r, y - r * 0.75f);
                c.lineTo(x - r, y - r * 0.75f);
                c.closePath();
            }
            default -> {
                c.moveTo(x, y + r * 1.15f);
                c.lineTo(x + r, y);
                c.lineTo(x, y - r * 1.15f);
                c.lineTo(x - r, y);
                c.closePath();
            }
        }
        c.setStrokingColor(colour);
        c.setLineWidth(0.9f * s);
        c.setNonStrokingColor(shape == 4 ? Color.WHITE : colour);
        if (filled) {
            c.fillAndStroke();
        } else {
            c.stroke();
        }
    }
}
