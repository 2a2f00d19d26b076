package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.ExcludedResponses;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyShape;

/** Opens feedback files: the long format as it is, survey exports through a mapping; and previews them. */
public final class FeedbackSources {
    /** The most rows a preview shows. */
    public static final int MAX_PREVIEW_ROWS = 200;

    private FeedbackSources() {
    }

    /**
     * Opens the file for reading record by record.
     *
     * @param mapping how to read a survey export, or null for ValueBench's long format
     */
    public static FeedbackSource open(Path file, SurveyMapping mapping) {
        return open(file, null, "", mapping);
    }

    /**
     * Opens the file for reading record by record.
     *
     * @param format  the kind of file, or null to tell it from the content
     * @param sheet   a workbook's sheet, blank for the first
     * @param mapping how to read a survey export, or null for ValueBench's long format
     */
    public static FeedbackSource open(Path file, FeedbackFormat format, String sheet, SurveyMapping mapping) {
        FeedbackFileKind kind = FeedbackFormats.kind(file, format);
        TabularReader reader = kind.open(file, sheet == null ? "" : sheet);
        try {
            int ahead = mapping == null ? 3 : WideSurveySource.readAhead(mapping);
            List<RawRecord> first = readAhead(reader, ahead);
            refuseEmpty(file, first, kind);
            if (mapping != null) {
                // A JSON export's table has exactly one header row, whatever a mapping written for the same
                // tool's CSV export (Qualtrics: 3) says, so one mapping serves both.
                SurveyMapping read = reader instanceof JsonTableReader ? mapping.withHeaderRows(1) : mapping;
                return new WideSurveySource(reader, first, read, kind.format());
            }
            List<List<String>> rows = first.stream().map(RawRecord::fields).toList();
            SurveyShape shape = SurveyLayout.detect(rows);
            if (shape != SurveyShape.NATIVE) {
                SurveyLayout layout = SurveyLayout.of(rows, 0);
                throw notLongFormat(file, shape, first.get(0).fields(), kind, kind.hints(layout.columns()));
            }
            return new NativeFeedbackSource(reader, first);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static void refuseEmpty(Path file, List<RawRecord> first, FeedbackFileKind kind) {
        if (first.isEmpty()) {
            throw new FeedbackFormatException(file.getFileName() + " is empty: it has no header row and no rows");
        }
        if (first.get(0).fields().isEmpty()) {
            // Only a JSON export whose array of records is empty has a header without columns.
            throw new FeedbackFormatException(file.getFileName() + " holds no responses: it is a "
                    + kind.format().title() + " file with an empty list of records, so there is nothing to import");
        }
    }

    private static FeedbackFormatException notLongFormat(Path file, SurveyShape shape, List<String> header,
                                                         FeedbackFileKind kind, FormatHints hints) {
        String columns = String.join(", ", header.stream().limit(12).map(h -> MessageText.quote(h.strip())).toList())
                + (header.size() > 12 ? ", ..." : "");
        String looks = kind.format() != FeedbackFormat.CSV ? " Its kind: " + kind.format().title() + "."
                : shape == SurveyShape.WIDE ? "" : " It looks like a " + shape.title() + " ("
                + shape.headerRows() + (shape.headerRows() == 1 ? " header row" : " header rows")
                + ", one column per question).";
        String start = hints.mappingWith("YOUR PROMISE").map(m -> " A mapping for it could start from this (name"
                + " the promise each rating measures):" + System.lineSeparator() + SurveyMappingJson.toJson(m))
                .orElse("");
        return new FeedbackFormatException(file.getFileName() + " has no 'promise' and 'score' columns (its header: "
                + columns + ")." + looks + " ValueBench's long format needs both columns; a survey export needs a"
                + " mapping that says which question measures which promise (--mapping FILE)." + start);
    }

    /**
     * The first rows of the file as the mapping step shows them.
     *
     * @param headerRows header rows to assume, or 0 to detect them
     */
    public static SurveyPreview preview(Path file, int rows, int headerRows) {
        return preview(file, null, "", rows, headerRows);
    }

    /**
     * The first rows of the file as the mapping step shows them.
     *
     * @param format     the kind of file, or null to tell it from the content
     * @param sheet      a workbook's sheet, blank for the first
     * @param headerRows header rows to assume, or 0 to detect them
     */
    public static SurveyPreview preview(Path file, FeedbackFormat format, String sheet, int rows, int headerRows) {
        int wanted = Math.max(0, Math.min(rows, MAX_PREVIEW_ROWS));
        FeedbackFileKind kind = FeedbackFormats.kind(file, format);
        String shownSheet = sheet == null ? "" : sheet;
        List<String> sheets = kind.sheets(file);
        if (shownSheet.isEmpty() && !sheets.isEmpty()) {
            shownSheet = sheets.get(0);
        }
        try (TabularReader reader = kind.open(file, shownSheet)) {
            int header = reader instanceof JsonTableReader ? 1 : headerRows;
            int asked = Math.max(3, header) + wanted;
            List<RawRecord> first = readAhead(reader, asked);
            refuseEmpty(file, first, kind);
            List<List<String>> fields = first.stream().map(RawRecord::fields).toList();
            SurveyLayout layout = SurveyLayout.of(fields, header);
            List<SurveyColumn> columns = layout.columns();
            int width = Math.max(columns.size(), fields.stream().mapToInt(List::size).max().orElse(0));
            ResponseStatus status = ResponseStatus.of(columns, layout.shape(), kind.format());
            Map<ResponseKind, Long> excluded = new EnumMap<>(ResponseKind.class);
            // The long format is not read through a survey mapping, so nothing of it is left out.
            int counted = layout.shape() == SurveyShape.NATIVE ? fields.size() : layout.headerRows();
            for (List<String> row : fields.subList(Math.min(counted, fields.size()), fields.size())) {
                ResponseKind responseKind = status.kindOf(row);
                if (responseKind != null) {
                    excluded.merge(responseKind, 1L, Long::sum);
                }
            }
            List<List<String>> data = new ArrayList<>();
            for (int i = layout.headerRows(); i < fields.size() && data.size() < wanted; i++) {
                List<String> padded = new ArrayList<>(fields.get(i));
                while (padded.size() < width) {
                    padded.add("");
                }
                data.add(padded);
            }
            return new SurveyPreview(file.getFileName().toString(), layout.shape(), reader.delimiter(),
                    layout.headerRows(), columns, data, kind.format(), sheets, shownSheet, kind.hints(columns),
                    // Counted among the rows read; more rows after them may hold more.
                    new ExcludedResponses(excluded, first.size() < asked || RawRecord.next(reader) == null));
        }
    }

    private static List<RawRecord> readAhead(TabularReader reader, int count) {
        List<RawRecord> first = new ArrayList<>();
        RawRecord r;
        while (first.size() < count && (r = RawRecord.next(reader)) != null) {
            first.add(r);
        }
        return first;
    }
}
