package org.valuebench.io.feedback;

import java.util.List;

/** A record read ahead (to judge the file's shape) with where it was in the file. */
record RawRecord(long row, long line, List<String> fields, String sheet) {

    String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    /** The names of this row's cells, for a candidate drawn from it. */
    CellNames cells(int[] columns) {
        return sheet.isEmpty() ? CellNames.NONE : new CellNames(sheet, row, columns);
    }

    static RawRecord next(TabularReader reader) {
        List<String> fields = reader.next();
        return fields == null ? null : new RawRecord(reader.recordNumber(), reader.line(), fields, reader.sheet());
    }
}
