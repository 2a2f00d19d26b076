package org.valuebench.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two fonts embedded in one PDF, and what each can draw. A character the font has no glyph for (an emoji,
 * a rare script) is drawn as a visible {@value #MISSING} instead of failing the export; invisible format
 * characters without a glyph (joiners, variation selectors) are left out because they have no look to keep.
 */
public final class PdfFonts {
    static final String MISSING = "\u25A1";

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDFont, Map<Integer, String>> drawable = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();

    private PdfFonts(PDType0Font regular, PDType0Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts embed(PDDocument document, PdfFontFiles files) throws IOException {
        return new PdfFonts(PDType0Font.load(document, new ByteArrayInputStream(files.regular()), true),
                PDType0Font.load(document, new ByteArrayInputStream(files.bold()), true));
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The text as this font can draw it: tabs as spaces, missing glyphs replaced, line breaks as spaces. */
    public String drawable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(drawable(font, cp)));
        return out.toString();
    }

    String drawable(PDFont font, int codePoint) {
        return drawable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> map(font, cp));
    }

    private String map(PDFont font, int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return " ";
        }
        String character = new String(Character.toChars(codePoint));
        if (!Character.isISOControl(codePoint) && canEncode(font, character)) {
            return character;
        }
        if (Character.getType(codePoint) == Character.FORMAT || isVariationSelector(codePoint)) {
            return "";
        }
        return canEncode(font, MISSING) ? MISSING : "?";
    }

    private static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** PDFBox says "no glyph" by throwing; asking once per character keeps that out of the drawing code. */
    private static boolean canEncode(PDFont font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** Width of one code point as drawn, in points at {@code size}. */
    float width(PDFont font, float size, int codePoint) {
        float units = widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            String shown = drawable(font, cp);
            return shown.isEmpty() ? 0f : stringWidth(font, shown);
        });
        return units / 1000f * size;
    }

    /** Width of text that is already drawable, in points at {@code size}. */
    public float width(PDFont font, float size, String drawableText) {
        float total = 0;
        for (int i = 0; i < drawableText.length(); ) {
            int cp = drawableText.codePointAt(i);
            total += width(font, size, cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    private static float stringWidth(PDFont font, String text) {
        try {
            return font.getStringWidth(text);
        } catch (IOException | IllegalArgumentException e) {
            return 500f;
        }
    }
}
