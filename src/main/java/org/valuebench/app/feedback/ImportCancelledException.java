package org.valuebench.app.feedback;

import org.valuebench.app.AppException;

/** The user stopped the import; nothing of it was written. */
public class ImportCancelledException extends AppException {
    private static final long serialVersionUID = 1L;

    public ImportCancelledException(String message) {
        super(message);
    }
}
