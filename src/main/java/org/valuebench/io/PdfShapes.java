package org.valuebench.io;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Vector shapes the report draws with. */
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
}
