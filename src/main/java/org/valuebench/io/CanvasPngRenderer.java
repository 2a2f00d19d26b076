package org.valuebench.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PNG of the canvas for slides and chat, without JavaFX: the report's first page rendered at twice the
 * PDF's 72 dpi. (The window will snapshot its own board; this is what the command line uses.)
 */
public final class CanvasPngRenderer {
    static final float DPI = 144;

    /** Renders page 1 of {@code pdf} (a report from {@link CanvasPdfWriter}) as PNG. */
    public void render(byte[] pdf, OutputStream out) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            if (!ImageIO.write(image, "png", out)) {
                throw new FormatException("This Java runtime cannot write PNG images");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
