package org.valuebench.io;

import java.time.Instant;
import java.util.List;
import org.valuebench.domain.history.VersionCause;

/**
 * The versions of a canvas as a canvas file carries them (export-json --with-history, format 5): each version's
 * content as the workspace stores it (deflated; see app.history.VersionContent), and the ids the canvas's items had
 * in the workspace it came from, in file order, so the importing side can match the versions' items to its own.
 *
 * @param itemIds the exporting workspace's ids of the file's items, in the order the file lists them
 */
public record CanvasHistory(List<Long> itemIds, List<Version> versions) {

    public CanvasHistory {
        itemIds = List.copyOf(itemIds);
        versions = List.copyOf(versions);
    }

    /** One version: what the history lists, and its stored content. */
    public record Version(int number, String name, VersionCause cause, String author, Instant takenAt,
                          String summary, byte[] content) {
    }
}
