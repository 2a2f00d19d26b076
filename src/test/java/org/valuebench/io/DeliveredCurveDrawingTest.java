package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/**
 * The delivered curve of the PDF's value curves, read back as drawing operators: it joins the factors that have
 * a delivered value with one dashed path, rather than leaving lone markers where a factor between has none.
 */
class DeliveredCurveDrawingTest {
    private static final PdfFontFiles FONTS = PdfFontFiles.fromClasspath();
    private static final java.time.ZonedDateTime EXPORTED =
            java.time.ZonedDateTime.of(2024, 5, 6, 10, 30, 0, 0, java.time.ZoneOffset.UTC);

    /** One stroked path: its sub-paths, each a list of points, and whether it was dashed. */
    private record Stroke(List<List<Point2D>> subPaths, boolean dashed) {
        boolean slanted() {
            return subPaths.stream().anyMatch(p -> p.stream().mapToDouble(Point2D::getY).distinct().count() > 1);
        }
    }

    /** Factors 1 and 3 come from promises with feedback; factor 2 between them is free, so has no delivered value. */
    private static CanvasContent canvas() {
        CanvasContent base = TestCanvases.strategic();
        List<Item> items = new ArrayList<>();
        for (Item item : base.items()) {
            items.add(item.id() == 5 ? TestCanvases.item(5, Section.FEATURES, 1, "Oat milk", "", ColourTag.NONE, "",
                    3, true, 4) : item);
        }
        List<Factor> factors = List.of(
                new Factor(1, 0, 0, "Opening hours", 4, FourAction.RAISE, ""),
                new Factor(2, 0, 1, "Price", 0, FourAction.REDUCE, ""),
                new Factor(3, 0, 2, "Calm seating", 5, FourAction.CREATE, ""),
                new Factor(4, 0, 3, "Loyalty card", 0, FourAction.ELIMINATE, ""));
        Strategy strategy = new Strategy(factors, List.of(), base.strategy().ratings());
        return new CanvasContent(base.canvas(), items, base.links(), strategy);
    }

    private static List<Stroke> strokes(PDPage page) throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private List<List<Point2D>> path = new ArrayList<>();
            private Point2D current = new Point2D.Float();

            @Override
            public void moveTo(float x, float y) {
                current = new Point2D.Float(x, y);
                path.add(new ArrayList<>(List.of(current)));
            }

            @Override
            public void lineTo(float x, float y) {
                current = new Point2D.Float(x, y);
                path.get(path.size() - 1).add(current);
            }

            @Override
            public void strokePath() {
                float[] dash = getGraphicsState().getLineDashPattern().getDashArray();
                strokes.add(new Stroke(path, dash.length > 0));
                path = new ArrayList<>();
            }

            @Override
            public void endPath() {
                path = new ArrayList<>();
            }

            @Override
            public void fillPath(int windingRule) {
                path = new ArrayList<>();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                path = new ArrayList<>();
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                path.add(new ArrayList<>(List.of(p0, p1, p2, p3)));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
                if (!path.isEmpty()) {
                    path.get(path.size() - 1).add(current);
                }
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void shadingFill(COSName name) {
            }
        };
        engine.processPage(page);
        return strokes;
    }

    @Test
    void theDeliveredCurveIsOneDashedPathThroughItsKnownPoints() throws IOException {
        CanvasContent content = canvas();
        java.io.ByteArrayOutputStream without = new java.io.ByteArrayOutputStream();
        new CanvasPdfWriter(FONTS).write(content, PdfPageFormat.A4, EXPORTED, List.of(), without);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new CanvasPdfWriter(FONTS).write(content, PdfPageFormat.A4, EXPORTED,
                List.of(new StrategyPages(content, DifferentiationAnalysis.of(content, Map.of(4L, 3.5, 5L, 2.0)))),
                out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray());
             PDDocument plain = Loader.loadPDF(without.toByteArray())) {
            PDPage curves = document.getPage(plain.getNumberOfPages());
            // The legend's swatch is a level dashed stroke; the curve from 3.5 down to 2.0 is the slanted one.
            List<Stroke> delivered = strokes(curves).stream().filter(s -> s.dashed() && s.slanted()).toList();
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0).subPaths()).hasSize(1);
            assertThat(delivered.get(0).subPaths().get(0)).hasSize(2);
        }
    }
}
