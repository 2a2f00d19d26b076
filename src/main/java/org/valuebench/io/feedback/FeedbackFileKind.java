package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;

/**
 * One kind of feedback file: how to tell it from its first bytes, how to read it as a table, and what its
 * columns mean. {@link FeedbackFormats} holds them all.
 */
interface FeedbackFileKind {

    FeedbackFormat format();

    /** Whether the file's first bytes are of this kind. */
    boolean recognises(FileHead head);

    /**
     * Opens the file as a table.
     *
     * @param sheet a workbook's sheet to read, blank for the first; ignored by other kinds
     */
    TabularReader open(Path file, String sheet);

    /** What this kind's layout says about the columns the file's header rows describe. */
    default FormatHints hints(List<SurveyColumn> columns) {
        return FormatHints.NONE;
    }

    /** A workbook's sheets, in order; empty for other kinds. */
    default List<String> sheets(Path file) {
        return List.of();
    }
}
