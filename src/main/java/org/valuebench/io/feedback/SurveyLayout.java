package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyShape;

/**
 * Tells the kinds of feedback file apart by their first rows, and describes the columns of a survey export
 * from its header rows.
 */
public final class SurveyLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MONKEY_SUBHEADS = Set.of("response", "open-ended response");
    private final SurveyShape shape;
    private final int headerRows;
    private final List<SurveyColumn> columns;

    private SurveyLayout(SurveyShape shape, int headerRows, List<SurveyColumn> columns) {
        this.shape = shape;
        this.headerRows = headerRows;
        this.columns = List.copyOf(columns);
    }

    /**
     * Describes the file from its first rows (at least the header rows).
     *
     * @param headerRows the header rows to assume; 0 to detect them
     */
    public static SurveyLayout of(List<List<String>> firstRows, int headerRows) {
        SurveyShape shape = detect(firstRows);
        int rows = headerRows > 0 ? headerRows : shape.headerRows();
        if (firstRows.size() < rows) {
            rows = Math.max(1, firstRows.size());
        }
        return new SurveyLayout(shape, rows, describe(firstRows.subList(0, Math.min(rows, firstRows.size())), shape));
    }

    /** The shape of the file judged from its first rows. */
    public static SurveyShape detect(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return SurveyShape.WIDE;
        }
        List<String> first = lower(rows.get(0));
        if (first.contains("promise") && first.contains("score")) {
            return SurveyShape.NATIVE;
        }
        if (rows.size() >= 3 && rows.get(2).stream().anyMatch(c -> importId(c) != null)) {
            return SurveyShape.QUALTRICS;
        }
        if (rows.size() >= 2 && (lower(rows.get(1)).stream().anyMatch(MONKEY_SUBHEADS::contains)
                || first.contains("respondent id") && first.contains("collector id"))) {
            return SurveyShape.SURVEY_MONKEY;
        }
        if (!first.isEmpty() && (first.get(0).equals("timestamp") || first.get(0).equals("zeitstempel")
                || first.get(0).equals("marca temporal") || first.get(0).equals("horodateur"))) {
            return SurveyShape.GOOGLE_FORMS;
        }
        return SurveyShape.WIDE;
    }

    private static List<SurveyColumn> describe(List<List<String>> header, SurveyShape shape) {
        int width = header.stream().mapToInt(List::size).max().orElse(0);
        List<SurveyColumn> columns = new ArrayList<>();
        String carried = "";
        for (int i = 0; i < width; i++) {
            List<String> cells = new ArrayList<>();
            for (List<String> row : header) {
                cells.add(i < row.size() ? row.get(i).strip() : "");
            }
            String label;
            String importId = "";
            switch (shape) {
                case QUALTRICS -> {
                    importId = cells.size() > 2 && importId(cells.get(2)) != null ? importId(cells.get(2)) : "";
                    label = cells.size() > 1 && !cells.get(1).isEmpty() ? cells.get(1) : cells.get(0);
                }
                case SURVEY_MONKEY -> {
                    // A question spanning several answer columns names itself only over the first one.
                    if (!cells.get(0).isEmpty()) {
                        carried = cells.get(0);
                    }
                    String sub = cells.size() > 1 ? cells.get(1) : "";
                    String question = cells.get(0).isEmpty() ? carried : cells.get(0);
                    label = sub.isEmpty() || MONKEY_SUBHEADS.contains(sub.toLowerCase(Locale.ROOT)) ? question
                            : question.isEmpty() ? sub : question + " - " + sub;
                }
                default -> label = cells.get(0);
            }
            columns.add(new SurveyColumn(i, label.isEmpty() ? "#" + (i + 1) : label, cells, importId));
        }
        return columns;
    }

    /** The ImportId of a Qualtrics third-row cell such as {@code {"ImportId":"QID1"}}, or null. */
    static String importId(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (!text.startsWith("{") || !text.toLowerCase(Locale.ROOT).contains("importid")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode id = node.get("ImportId");
            return id != null && id.isTextual() ? id.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static List<String> lower(List<String> row) {
        return row.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public SurveyShape shape() {
        return shape;
    }

    public int headerRows() {
        return headerRows;
    }

    public List<SurveyColumn> columns() {
        return columns;
    }

    /**
     * The column a mapping refers to: {@code #N} (the N-th column), a Qualtrics import id, the column's label,
     * or its text in any header row (trimmed, case-insensitive).
     *
     * @param what what the column is for, to name it in a message
     */
    public int resolve(String reference, String what) {
        String ref = reference.strip();
        if (ref.matches("#\\d{1,4}")) {
            int index = Integer.parseInt(ref.substring(1)) - 1;
            if (index < 0 || index >= columns.size()) {
                throw new FeedbackFormatException("The " + what + " column " + ref + " does not exist: the file has "
                        + columns.size() + " columns");
            }
            return index;
        }
        List<SurveyColumn> byLabel = columns.stream()
                .filter(c -> c.label().equalsIgnoreCase(ref) || c.importId().equalsIgnoreCase(ref)).toList();
        List<SurveyColumn> matches = byLabel.isEmpty()
                ? columns.stream().filter(c -> c.headerCells().stream().anyMatch(h -> h.equalsIgnoreCase(ref))).toList()
                : byLabel;
        if (matches.isEmpty()) {
            throw new FeedbackFormatException("The " + what + " column " + MessageText.quote(ref) + " is not in the"
                    + " file's header (its columns: " + labels() + ")");
        }
        if (matches.size() > 1) {
            throw new FeedbackFormatException("The " + what + " column " + MessageText.quote(ref) + " matches "
                    + matches.stream().map(SurveyColumn::positionRef).toList()
                    + "; name one of them by its position, e.g. " + matches.get(0).positionRef());
        }
        return matches.get(0).index();
    }

    private String labels() {
        List<String> labels = columns.stream().map(c -> MessageText.quote(c.label())).limit(30).toList();
        return String.join(", ", labels) + (columns.size() > 30 ? ", ..." : "");
    }
}
