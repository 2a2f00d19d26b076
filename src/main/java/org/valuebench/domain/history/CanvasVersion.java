package org.valuebench.domain.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of a canvas, as the history lists it (its content is read separately, as a
 * {@link CanvasSnapshot}).
 *
 * @param number  1, 2, ... per canvas in the order taken; never reused after a deletion
 * @param author  who took it, where the workspace knows (a team workspace's user); empty on a local file
 * @param summary one line of what changed since the version before ("+3 needs, fit 62%→71%"); empty for the first
 */
public record CanvasVersion(long id, long canvasId, int number, String name, VersionCause cause, String author,
                            Instant takenAt, String summary) {

    public CanvasVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(takenAt, "takenAt");
        author = author == null ? "" : author;
        summary = summary == null ? "" : summary;
    }
}
