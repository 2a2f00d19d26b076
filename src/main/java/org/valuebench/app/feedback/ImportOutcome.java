package org.valuebench.app.feedback;

import org.valuebench.app.Change;
import org.valuebench.domain.FeedbackImport;

/** A finished import: the state to show, the import as stored (undoable as a whole) and its row report. */
public record ImportOutcome(Change change, FeedbackImport stored, ImportReport report) {

    public long imported() {
        return report.imported();
    }
}
