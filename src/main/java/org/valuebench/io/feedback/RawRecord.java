package org.valuebench.io.feedback;

import java.util.List;

/** A record read ahead (to judge the file's shape) with where it was in the file. */
record RawRecord(long row, long line, List<String> fields) {

    String field(int index) {
        return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    static RawRecord next(TabularReader reader) {
        List<String> fields = reader.next();
        return fields == null ? null : new RawRecord(reader.recordNumber(), reader.line(), fields);
    }
}
