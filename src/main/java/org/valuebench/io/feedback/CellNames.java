package org.valuebench.io.feedback;

/**
 * Where each field of a candidate lives in a workbook, named as a spreadsheet names a cell ({@code Sheet1!C17}),
 * so a refused value can be found at once. Files without sheets name no cells: their row number says all.
 */
public final class CellNames {
    /** For files without sheets. */
    public static final CellNames NONE = new CellNames("", 0, FeedbackField.noColumns());
    private final String sheet;
    private final long row;
    private final int[] columns;

    /** @param columns 0-based column of each field by {@link FeedbackField#ordinal()}, -1 where it has none */
    CellNames(String sheet, long row, int[] columns) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
    }

    /** The field's cell, e.g. {@code Sheet1!C17}; blank where the file has no sheets or the field no column. */
    public String of(FeedbackField field) {
        int column = field == null ? -1 : columns[field.ordinal()];
        if (sheet.isEmpty() || column < 0) {
            return "";
        }
        return reference(sheet, column, row);
    }

    /** A cell's name as Excel writes it, quoting a sheet name that is not a plain word: {@code 'My data'!AB3}. */
    public static String reference(String sheet, int column, long row) {
        String name = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return name + "!" + columnLetters(column) + row;
    }

    /** 0 is A, 25 is Z, 26 is AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
