package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.SectionGroup;
import org.valuebench.report.SectionPalette;

/**
 * The canvas page paints each group in the palette the window uses (offering blue, customer yellow): the fill
 * colours of its content stream ("sc" and "rg" in DeviceRGB), in drawing order, read back with PDFBox.
 */
class CanvasPageColoursTest {
    @Test
    void theOfferingAndTheCustomerAreFilledInThePalettesColours() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new CanvasPdfWriter(PdfFontFiles.fromClasspath()).write(SampleWorkspace.canvases().get(0), PdfPageFormat.A4,
                java.time.ZonedDateTime.of(2024, 5, 6, 10, 30, 0, 0, java.time.ZoneOffset.UTC), List.of(), out);
        byte[] pdf = out.toByteArray();
        List<String> fills = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFStreamParser parser = new PDFStreamParser(document.getPage(0));
            List<Object> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) {
                    if ((op.getName().equals("rg") || op.getName().equals("sc")) && operands.size() == 3) {
                        fills.add(hex(operands));
                    }
                    operands.clear();
                } else {
                    operands.add(token);
                }
            }
        }
        String offering = SectionPalette.of(SectionGroup.OFFERING).group();
        String customer = SectionPalette.of(SectionGroup.CUSTOMER).group();
        assertThat(fills).contains(offering, customer, SectionPalette.of(SectionGroup.ALTERNATIVES).group());
        // The offering is drawn first, on the left as in the window, and in its own colour.
        assertThat(fills.indexOf(offering)).isLessThan(fills.indexOf(customer));
        assertThat(fills).contains(SectionPalette.of(SectionGroup.OFFERING).ink(),
                SectionPalette.of(SectionGroup.CUSTOMER).ink());
    }

    /** The notes too: an uncoloured note has its group's card colour, as on the board (issue 23). */
    @Test
    void uncolouredNotesHaveTheirGroupsCardColour() {
        for (org.valuebench.domain.Item item : SampleWorkspace.canvases().get(0).items()) {
            if (item.colour() == org.valuebench.domain.ColourTag.NONE) {
                java.awt.Color fill = NoteBlocks.fill(item);
                assertThat(String.format(Locale.ROOT, "#%02x%02x%02x", fill.getRed(), fill.getGreen(), fill.getBlue()))
                        .as(item.text()).isEqualTo(SectionPalette.of(item.section().group()).card());
            }
        }
    }

    private static String hex(List<Object> operands) {
        StringBuilder hex = new StringBuilder("#");
        for (Object operand : operands) {
            int value = Math.round(((COSNumber) operand).floatValue() * 255);
            hex.append(String.format(Locale.ROOT, "%02x", value));
        }
        return hex.toString();
    }
}
