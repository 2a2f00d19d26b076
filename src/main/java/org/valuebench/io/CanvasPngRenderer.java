package org.valuebench.io;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;

/**
 * A PNG of the board for slides and chat, the same from the command line and the window, without JavaFX: the
 * title and the eight sections with their notes, drawn by the PDF's canvas page ({@link CanvasPage}, colours from
 * the shared section palette) on a page the size of a 16:9 slide with no page footer, and rasterized at
 * {@code scale} pixels per point. The page grows taller when notes do not fit, up to three slides' height.
 */
public final class CanvasPngRenderer {
    /** The largest picture drawn, in pixels: 100 MB of memory at 4 bytes a pixel. */
    public static final long MAX_PIXELS = 25_000_000L;
    /** The board's width in points; at scale 2 the picture is 1920 pixels wide. */
    static final float WIDTH = 960;
    static final float SLIDE_HEIGHT = 540;
    private static final float MAX_HEIGHT = 3 * SLIDE_HEIGHT;
    private static final float GROWTH = 1.25f;

    private final PdfFontFiles fontFiles;

    public CanvasPngRenderer(PdfFontFiles fontFiles) {
        this.fontFiles = fontFiles;
    }

    /**
     * @param scale pixels per point: 1 for 960 pixels wide, 2 (the default) for 1920
     * @throws FormatException when the picture would be larger than {@link #MAX_PIXELS}; nothing is written then
     */
    public void render(CanvasContent content, double scale, OutputStream out) {
        byte[] pdf = boardPage(content);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle size = document.getPage(0).getMediaBox();
            checkPixels(size, scale);
            BufferedImage image = new PDFRenderer(document).renderImage(0, (float) scale, ImageType.RGB);
            if (!ImageIO.write(image, "png", out)) {
                throw new FormatException("This Java runtime cannot write PNG images");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkPixels(PDRectangle size, double scale) {
        double width = Math.ceil(size.getWidth() * scale);
        double height = Math.ceil(size.getHeight() * scale);
        if (!(width * height <= MAX_PIXELS)) {
            throw new FormatException(String.format(Locale.ROOT, "A picture at scale %s would be %.0f × %.0f pixels"
                    + " (%.1f million); at most %d million pixels are drawn, so choose a smaller scale", scale,
                    width, height, width * height / 1e6, MAX_PIXELS / 1_000_000));
        }
    }

    /** The board as a one-page PDF, as tall as its notes need (within {@link #MAX_HEIGHT}). */
    private byte[] boardPage(CanvasContent content) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.embed(document, fontFiles);
            float height = SLIDE_HEIGHT;
            while (true) {
                PdfReport report = PdfReport.picture(document, fonts, new PDRectangle(WIDTH, height),
                        content.canvas().name());
                CanvasPage page = new CanvasPage(report, new NoteBlocks(report));
                Map<Section, CanvasPage.SectionBox> boxes = page.draw(content, null);
                boolean overflowed = boxes.values().stream().anyMatch(box -> !box.leftover().isEmpty());
                if (overflowed && height * GROWTH <= MAX_HEIGHT) {
                    height *= GROWTH;
                    continue;
                }
                boxes.values().stream().filter(box -> !box.leftover().isEmpty()).forEach(page::overflowNote);
                report.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
