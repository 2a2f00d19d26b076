package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.domain.MessageText;

/**
 * A Google Play reviews export with one column added at the end, {@value #COMMENT}: the review's title and text
 * joined as "Title — Text", and the app version noted after them ("[app version 4.1.2]"). A mapping has one
 * comment column; this one keeps the title (older reviews have one, and it often says the most) and the version
 * (the export's only trace of which release the customer used) with the customer's words. The file's own
 * columns keep their places, so {@code #N} references mean what they say in a spreadsheet.
 */
final class GooglePlayReviewsReader implements TabularReader {
    /** The added column's header. */
    static final String COMMENT = "Review comment";
    static final String DASH = " \u2014 ";

    private final TabularReader csv;
    private int width = -1;
    private int title = -1;
    private int text = -1;
    private int version = -1;

    GooglePlayReviewsReader(TabularReader csv) {
        this.csv = csv;
    }

    @Override
    public List<String> next() {
        List<String> row = csv.next();
        if (row == null) {
            return null;
        }
        if (width < 0) {
            return header(row);
        }
        if (title < 0 && text < 0) {
            return row;
        }
        List<String> out = new ArrayList<>(Math.max(row.size(), width) + 1);
        for (int i = 0; i < width; i++) {
            out.add(i < row.size() ? row.get(i) : "");
        }
        out.add(comment(field(row, title), field(row, text), field(row, version)));
        if (row.size() > width) {
            out.addAll(row.subList(width, row.size()));
        }
        return out;
    }

    /**
     * Finds the columns the comment is made of; a header without title and text (an older layout) stays as is. A
     * file without a star rating (another file read with {@code --format google-play}) is refused here, rather
     * than later for a mapped column it cannot have.
     */
    private List<String> header(List<String> row) {
        width = row.size();
        boolean rated = false;
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).strip().toLowerCase(Locale.ROOT);
            rated |= name.equals(GooglePlayKind.RATING.toLowerCase(Locale.ROOT));
            if (name.equals(GooglePlayKind.TITLE.toLowerCase(Locale.ROOT))) {
                title = i;
            } else if (name.equals(GooglePlayKind.TEXT.toLowerCase(Locale.ROOT))) {
                text = i;
            } else if (name.equals(GooglePlayKind.VERSION.toLowerCase(Locale.ROOT))) {
                version = i;
            }
        }
        if (!rated) {
            throw new FeedbackFormatException(csv.file().getFileName() + " is not a Google Play reviews export: its"
                    + " header has no '" + GooglePlayKind.RATING + "' column (it starts "
                    + MessageText.quote(String.join(",", row.subList(0, Math.min(3, row.size())))) + ")");
        }
        if (title < 0 && text < 0) {
            return row;
        }
        List<String> out = new ArrayList<>(row);
        out.add(COMMENT);
        return out;
    }

    private static String field(List<String> row, int index) {
        return index >= 0 && index < row.size() ? row.get(index).strip() : "";
    }

    /** Blank when the customer wrote nothing: a rating without words has no comment, whatever the version. */
    static String comment(String title, String text, String version) {
        String words = title.isEmpty() ? text : text.isEmpty() ? title : title + DASH + text;
        if (words.isEmpty()) {
            return "";
        }
        return version.isEmpty() ? words : words + " [app version " + version + "]";
    }

    @Override
    public long recordNumber() {
        return csv.recordNumber();
    }

    @Override
    public long line() {
        return csv.line();
    }

    @Override
    public String sheet() {
        return csv.sheet();
    }

    @Override
    public long bytesRead() {
        return csv.bytesRead();
    }

    @Override
    public long size() {
        return csv.size();
    }

    @Override
    public String contentHash() {
        return csv.contentHash();
    }

    @Override
    public char delimiter() {
        return csv.delimiter();
    }

    @Override
    public Path file() {
        return csv.file();
    }

    @Override
    public void close() {
        csv.close();
    }
}
