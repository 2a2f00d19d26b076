package org.valuebench.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported file: where the rows came from, so an import can be undone as a whole and the same content is
 * not imported twice by accident.
 *
 * @param contentHash SHA-256 of the file's bytes, lower-case hex
 * @param rowCount    the feedback records the import added
 */
public record FeedbackImport(long id, long canvasId, String fileName, String contentHash, Instant importedAt,
                             long rowCount) {

    public FeedbackImport {
        fileName = Limits.requiredText("File name", fileName, Limits.MAX_NAME * 5);
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
