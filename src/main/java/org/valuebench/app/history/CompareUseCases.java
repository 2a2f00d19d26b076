package org.valuebench.app.history;

import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasSnapshot;

/**
 * Compares two sides, each written as the user types it: a canvas (its id or name) as it is now, or
 * {@code CANVAS@VERSION}, one of its versions by number or name. A canvas whose own name holds an {@code @} is
 * still found by that name: the whole text is tried as a canvas first, then split at its last {@code @}.
 */
public final class CompareUseCases {
    private final Workbench workbench;
    private final SnapshotSource snapshots;

    public CompareUseCases(Workbench workbench, SnapshotSource snapshots) {
        this.workbench = workbench;
        this.snapshots = snapshots;
    }

    /** Side {@code before} against side {@code after}. */
    public Comparison compare(String before, String after) {
        Side a = side(before);
        Side b = side(after);
        return Comparison.of(a.label(), b.label(), a.snapshot(), b.snapshot());
    }

    /** A canvas's latest version against the canvas now. */
    public Comparison compareWithLatest(String canvas) {
        Side now = side(canvas);
        if (now.version() != null) {
            throw new AppException("Give a second side to compare " + MessageText.quote(canvas) + " with: with one"
                    + " argument, diff compares a canvas (not a version) with its latest version");
        }
        long id = now.snapshot().content().canvas().id();
        CanvasSnapshot latest = snapshots.latestVersion(id).orElseThrow(() -> new AppException("The canvas "
                + MessageText.quote(now.snapshot().content().canvas().name()) + " has no versions yet, so there is"
                + " nothing to compare it with; name a second canvas or CANVAS@VERSION"));
        String latestLabel = snapshots.latestKey(id).map(key -> now.snapshot().content().canvas().name() + ", "
                + snapshots.describe(id, key) + ", the latest")
                .orElse(now.snapshot().content().canvas().name() + " (latest version)");
        return Comparison.of(latestLabel, now.label(), latest, now.snapshot());
    }

    /** One side read as {@link #compare} reads it, for the PDF report's "Changes since …" page. */
    public ChangesSince changesSince(String side) {
        Side read = side(side);
        return new ChangesSince(read.label(), read.snapshot());
    }

    private record Side(String label, String version, CanvasSnapshot snapshot) {
    }

    private Side side(String text) {
        if (text == null || text.isBlank()) {
            throw new AppException("A side of the comparison is empty: name a canvas (its id or name) or"
                    + " CANVAS@VERSION");
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return now(workbench.resolve(text));
        }
        try {
            return now(workbench.resolve(text));
        } catch (AppException notACanvas) {
            // Not a canvas by that whole name: read it as CANVAS@VERSION below.
        }
        String canvas = text.substring(0, at).strip();
        String version = text.substring(at + 1).strip();
        if (canvas.isEmpty() || version.isEmpty()) {
            throw new AppException(MessageText.quote(text) + " is not CANVAS@VERSION: "
                    + (canvas.isEmpty() ? "no canvas before the @" : "no version after the @")
                    + "; write e.g. 'Grocer@3' or 'Grocer@Before the board meeting'");
        }
        CanvasContent content = workbench.resolve(canvas);
        CanvasSnapshot snapshot = snapshots.version(content.canvas().id(), version);
        return new Side(content.canvas().name() + ", " + snapshots.describe(content.canvas().id(), version), version,
                snapshot);
    }

    private Side now(CanvasContent content) {
        return new Side(content.canvas().name() + " (now)", null, snapshots.now(content.canvas().id()));
    }
}
