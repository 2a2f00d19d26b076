package org.valuebench.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Breaks a short name into lines that fit a width, measured in the font it is drawn in, at spaces and after
 * hyphens only. A word wider than a line, and the last line when the name goes on, end in an ellipsis. Why not
 * a wrapping label: it breaks a word that does not fit anywhere inside it ("Discoun" / "t"), and a chart axis
 * does not wrap at all.
 */
public final class FittedText {
    private static final String ELLIPSIS = "…";
    private final Text measure = new Text();

    /** {@code text} on at most {@code maxLines} lines, each at most {@code room} pixels wide in {@code font}. */
    public String fit(String text, Font font, double room, int maxLines) {
        measure.setFont(font);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : words(text)) {
            String joined = line.isEmpty() ? word.strip() : line + word;
            if (fits(joined, room)) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                if (lines.size() == maxLines - 1) {
                    line = line.endsWith(ELLIPSIS) ? line : cut(joined, room);
                    break;
                }
                lines.add(line);
            }
            line = fits(word.strip(), room) ? word.strip() : cut(word.strip(), room);
        }
        lines.add(line);
        return String.join("\n", lines);
    }

    /** The words, each but the first with the space before it; a hyphenated word also breaks after its hyphens. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            String[] parts = word.split("(?<=-)(?=[^-])");
            for (int i = 0; i < parts.length; i++) {
                words.add(i == 0 && !words.isEmpty() ? " " + parts[i] : parts[i]);
            }
        }
        return words;
    }

    private boolean fits(String text, double room) {
        return width(text) <= room;
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    /** The longest start of {@code text} that fits {@code room} with an ellipsis after it; one letter at least. */
    private String cut(String text, double room) {
        // Halving, since a name may be a whole pasted paragraph.
        int fitting = 1;
        int tooLong = text.length();
        while (tooLong - fitting > 1) {
            int middle = (fitting + tooLong) >>> 1;
            if (fits(text.substring(0, middle).stripTrailing() + ELLIPSIS, room)) {
                fitting = middle;
            } else {
                tooLong = middle;
            }
        }
        return text.substring(0, fitting).stripTrailing() + ELLIPSIS;
    }
}
