package org.valuebench.io;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Paper the PDF report is laid out for; the canvas page is always landscape. */
public enum PdfPageFormat {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER),
    A3(PDRectangle.A3);

    private final PDRectangle portrait;

    PdfPageFormat(PDRectangle portrait) {
        this.portrait = portrait;
    }

    PDRectangle landscape() {
        return new PDRectangle(portrait.getHeight(), portrait.getWidth());
    }
}
