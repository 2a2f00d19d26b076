package org.valuebench.domain;

import java.util.List;

/**
 * One column of a survey export as its header rows describe it.
 *
 * @param index       0-based position in the file
 * @param label       the most telling name (the question text where there is one)
 * @param headerCells the column's cell in each header row
 * @param importId    Qualtrics' stable question id (from the third header row), or empty
 */
public record SurveyColumn(int index, String label, List<String> headerCells, String importId) {

    public SurveyColumn {
        headerCells = List.copyOf(headerCells);
        importId = importId == null ? "" : importId;
    }

    /** How a mapping refers to this column by position: {@code #1} is the first column. */
    public String positionRef() {
        return "#" + (index + 1);
    }
}
