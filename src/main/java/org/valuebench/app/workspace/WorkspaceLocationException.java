package org.valuebench.app.workspace;

import org.valuebench.app.AppException;

/**
 * The workspace was named by something that cannot be a workspace file here (a URL, or a name the system cannot
 * make a path of): a usage error, found before anything is opened or created.
 */
public final class WorkspaceLocationException extends AppException {
    private static final long serialVersionUID = 1L;

    public WorkspaceLocationException(String message) {
        super(message);
    }

    public WorkspaceLocationException(String message, Throwable cause) {
        super(message, cause);
    }
}
