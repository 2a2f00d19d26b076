package org.valuebench.app.exchange;

import org.valuebench.app.AppException;

/** The user cancelled an export before its file was complete; no file was written. */
public final class ExportCancelledException extends AppException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(String what) {
        super(what + " was cancelled; no file was written");
    }
}
