package org.valuebench.io;

import java.text.BreakIterator;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when the word alone is
 * wider than the line, and at every line break of the text. Lines come out drawable (see {@link PdfFonts})
 * and in visual order, so right-to-left runs (Hebrew, Arabic) read correctly.
 */
final class TextWrapper {
    /** Compiled once: String.split compiles a pattern like this one on every call, and a report wraps thousands. */
    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029]");
    private final PdfFonts fonts;

    TextWrapper(PdfFonts fonts) {
        this.fonts = fonts;
    }

    List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : LINE_BREAKS.split(text, -1)) {
            wrapParagraph(paragraph.codePoints().toArray(), font, size, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(int[] codePoints, PDFont font, float size, float width, List<String> lines) {
        int n = codePoints.length;
        int lineStart = skipSpaces(codePoints, 0);
        if (lineStart == n) {
            lines.add("");
            return;
        }
        int lastSpace = -1;
        float lineWidth = 0;
        int k = lineStart;
        while (k < n) {
            int cp = codePoints[k];
            if (Character.isWhitespace(cp)) {
                lastSpace = k;
            }
            float w = fonts.width(font, size, cp);
            if (lineWidth + w > width && k > lineStart && !Character.isWhitespace(cp)) {
                int lineEnd = lastSpace > lineStart ? lastSpace : k;
                lines.add(line(codePoints, lineStart, lineEnd, font));
                lineStart = skipSpaces(codePoints, lineEnd);
                lastSpace = -1;
                lineWidth = 0;
                for (int j = lineStart; j < k; j++) {
                    lineWidth += fonts.width(font, size, codePoints[j]);
                }
                continue;
            }
            lineWidth += w;
            k++;
        }
        if (lineStart < n) {
            lines.add(line(codePoints, lineStart, n, font));
        }
    }

    private static int skipSpaces(int[] codePoints, int from) {
        int k = from;
        while (k < codePoints.length && Character.isWhitespace(codePoints[k])) {
            k++;
        }
        return k;
    }

    private String line(int[] codePoints, int from, int to, PDFont font) {
        int end = to;
        while (end > from && Character.isWhitespace(codePoints[end - 1])) {
            end--;
        }
        StringBuilder text = new StringBuilder();
        for (int k = from; k < end; k++) {
            text.append(fonts.drawable(font, codePoints[k]));
        }
        return visualOrder(text.toString());
    }

    /** PDF draws glyphs left to right as given, so right-to-left runs are reversed here (by character). */
    static String visualOrder(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int r = 0; r < runs; r++) {
            String run = line.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            levels[r] = (byte) bidi.getRunLevel(r);
            texts[r] = (levels[r] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /** Reverses by user-perceived character, so combining marks stay on their base letter. */
    private static String reversed(String run) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(run);
        List<String> parts = new ArrayList<>();
        for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
             start = end, end = characters.next()) {
            parts.add(mirrored(run.substring(start, end)));
        }
        StringBuilder out = new StringBuilder(run.length());
        for (int i = parts.size() - 1; i >= 0; i--) {
            out.append(parts.get(i));
        }
        return out.toString();
    }

    private static String mirrored(String character) {
        return switch (character) {
            case "(" -> ")";
            case ")" -> "(";
            case "[" -> "]";
            case "]" -> "[";
            case "{" -> "}";
            case "}" -> "{";
            case "<" -> ">";
            case ">" -> "<";
            case "«" -> "»";
            case "»" -> "«";
            default -> character;
        };
    }
}
