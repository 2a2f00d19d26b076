package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Vector shapes and text runs the report pages draw with. */
final class PdfShapes {
    /** Bezier handle length for a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private PdfShapes() {
    }

    /** Adds a rectangle with rounded corners to the current path; the caller fills and/or strokes it. */
    static void roundedRect(PDPageContentStream page, float x, float y, float width, float height, float radius)
            throws IOException {
        float r = Math.min(radius, Math.min(width, height) / 2);
        float k = r * KAPPA;
        page.moveTo(x + r, y);
        page.lineTo(x + width - r, y);
        page.curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
        page.lineTo(x + width, y + height - r);
        page.curveTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height);
        page.lineTo(x + r, y + height);
        page.curveTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r);
        page.lineTo(x, y + r);
        page.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        page.closePath();
    }

    /** Adds a circle to the current path; the caller fills and/or strokes it. */
    static void circle(PDPageContentStream page, float cx, float cy, float r) throws IOException {
        float k = r * KAPPA;
        page.moveTo(cx + r, cy);
        page.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        page.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        page.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        page.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        page.closePath();
    }

    /** Draws one run of text whose glyphs the font has (see {@code PdfFonts.drawable}) at a baseline. */
    static void text(PDPageContentStream page, PDFont font, float size, Color colour, float x, float baseline,
                     String drawableText) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(colour);
        page.newLineAtOffset(x, baseline);
        page.showText(drawableText);
        page.endText();
    }

    /** The colour mixed with white, {@code whiteParts} parts white to one part colour: a pale fill of it. */
    static Color towardsWhite(Color colour, int whiteParts) {
        int parts = whiteParts + 1;
        return new Color((colour.getRed() + whiteParts * 255) / parts, (colour.getGreen() + whiteParts * 255) / parts,
                (colour.getBlue() + whiteParts * 255) / parts);
    }
}
