package org.valuebench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The TrueType files shipped with the app (DejaVu Sans, see assets/DejaVu-LICENSE.txt), read once and
 * embedded into every PDF. Never a system font: the output must not depend on the machine.
 */
public final class PdfFontFiles {
    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("gsub");

    private final byte[] regular;
    private final byte[] bold;

    private PdfFontFiles(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static PdfFontFiles fromClasspath() {
        return new PdfFontFiles(withoutLigatures(resource(REGULAR)), withoutLigatures(resource(BOLD)));
    }

    /**
     * PDFBox applies the font's glyph substitutions (GSUB) when it draws text, which turns "ff" or "fi" into
     * one ligature glyph that text extraction, search and copy give back as U+FB00.. instead of the letters.
     * Renaming the table in the in-memory copy hides it; the shipped file stays untouched and the embedded
     * subset never contains that table anyway.
     */
    static byte[] withoutLigatures(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(data.getShort(4));
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= font.length && data.getInt(record) == GSUB) {
                data.putInt(record, HIDDEN_GSUB);
            }
        }
        return font;
    }

    byte[] regular() {
        return regular;
    }

    byte[] bold() {
        return bold;
    }

    private static int tag(String name) {
        return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFontFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + name, e);
        }
    }
}
