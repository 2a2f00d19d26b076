package org.valuebench.app.feedback;

import org.valuebench.app.AppException;

/** The file was refused as a whole and nothing was written; the report says which rows and why. */
public class FeedbackImportRejectedException extends AppException {
    private static final long serialVersionUID = 1L;
    private final transient ImportReport report;

    public FeedbackImportRejectedException(String message, ImportReport report) {
        super(message);
        this.report = report;
    }

    public ImportReport report() {
        return report;
    }
}
