package org.valuebench.domain;

import java.util.List;

/**
 * The first rows of a feedback file as the mapping step shows them.
 *
 * @param delimiter  the detected field separator (comma or semicolon)
 * @param headerRows the header rows assumed (detected unless asked for)
 * @param rows       the first answer rows, each padded to the number of columns
 */
public record SurveyPreview(String fileName, SurveyShape shape, char delimiter, int headerRows,
                            List<SurveyColumn> columns, List<List<String>> rows) {

    public SurveyPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
