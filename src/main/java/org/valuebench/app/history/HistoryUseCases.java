package org.valuebench.app.history;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapAnalysis;
import org.valuebench.app.AppException;
import org.valuebench.app.CanvasCommands;
import org.valuebench.app.Change;
import org.valuebench.app.UndoableCommand;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.PromiseStanding;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.StoreException;
import org.valuebench.store.Workspace;

/**
 * A canvas's history on the workbench's thread: list, save, read, delete, restore and open versions. Saving writes
 * in its own transaction (a version is not an edit, so it is not on the undo history); restoring is one undoable
 * step. The author of a version is the team workspace's user, empty on a file.
 */
public final class HistoryUseCases {
    /** The longest name a version may have, in characters (as a canvas's name). */
    public static final int MAX_NAME = Limits.MAX_NAME;

    private final Workbench workbench;
    private final VersionSummaries summaries;

    public HistoryUseCases(Workbench workbench) {
        this(workbench, new SnapshotSummaries());
    }

    public HistoryUseCases(Workbench workbench, VersionSummaries summaries) {
        this.workbench = workbench;
        this.summaries = summaries;
    }

    /** The canvas's versions, newest first, without their content (what the history panel lists). */
    public List<CanvasVersion> versions(long canvasId) {
        workbench.canvas(canvasId);
        return read(() -> ws().versions().list(canvasId));
    }

    /** The version with this id, or an error naming it. */
    public CanvasVersion version(long versionId) {
        return read(() -> ws().versions().find(versionId))
                .orElseThrow(() -> new AppException("There is no version with id " + versionId
                        + " (it may have been deleted)"));
    }

    /** A version of the canvas by its number or, when no number matches, by its name (case-insensitive). */
    public CanvasVersion version(long canvasId, String numberOrName) {
        String key = numberOrName.strip();
        List<CanvasVersion> all = versions(canvasId);
        if (key.matches("\\d{1,9}")) {
            Optional<CanvasVersion> byNumber = all.stream().filter(v -> v.number() == Integer.parseInt(key)).findFirst();
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        if (all.isEmpty()) {
            throw new AppException("The canvas " + MessageText.quote(workbench.canvas(canvasId).canvas().name())
                    + " has no versions yet, so there is no version " + MessageText.quote(key));
        }
        List<CanvasVersion> named = all.stream().filter(v -> v.name().equalsIgnoreCase(key)).toList();
        if (named.isEmpty()) {
            throw new AppException("No version of " + MessageText.quote(workbench.canvas(canvasId).canvas().name())
                    + " is called or numbered " + MessageText.quote(key) + "; 'valuebench versions' lists them");
        }
        return named.get(0); // newest first: the latest of that name
    }

    /** Saves the canvas as it is now as a version named {@code name} (trimmed; required; at most {@link #MAX_NAME}). */
    public CanvasVersion save(long canvasId, String name) {
        return take(canvasId, checkedName(name), VersionCause.SAVED);
    }

    /** Takes an automatic version of the canvas as it is now, named for its cause. */
    public CanvasVersion takeAutomatic(long canvasId, VersionCause cause) {
        return take(canvasId, cause.defaultName(), cause);
    }

    /**
     * The command, which also keeps the canvas as it is now as an automatic version named for {@code cause}, in the
     * command's own transaction the first time it runs (so a command that fails keeps no version).
     */
    public UndoableCommand keepingVersion(long canvasId, VersionCause cause, UndoableCommand command) {
        return new KeepingVersion(command, pendingNow(canvasId, snapshotNow(canvasId)), cause, workbench.clock());
    }

    private RestoreVersion.PendingVersion pendingNow(long canvasId, CanvasSnapshot now) {
        return new RestoreVersion.PendingVersion(canvasId, ws().user().orElse(""), summarySince(canvasId, now),
                VersionContent.encode(now.content(), now.workshops(), now.gaps()));
    }

    private CanvasVersion take(long canvasId, String name, VersionCause cause) {
        Workbench.requireWritable(ws());
        CanvasSnapshot now = snapshotNow(canvasId);
        byte[] content = VersionContent.encode(now.content(), now.workshops(), now.gaps());
        String summary = summarySince(canvasId, now);
        String author = ws().user().orElse("");
        try {
            return ws().transaction(c -> {
                CanvasVersion version = ws().versions().insert(canvasId, name, cause, author,
                        workbench.clock().instant(), summary, content);
                ws().announce(canvasId, "Save version");
                return version;
            });
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** The summary of what changed from the canvas's latest version to {@code after}; empty for the first. */
    private String summarySince(long canvasId, CanvasSnapshot after) {
        return read(() -> ws().versions().latest(canvasId)).map(previous -> summaries.between(snapshot(previous.id()),
                after)).orElse("");
    }

    static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new AppException("A version needs a name, such as \"Before the board meeting\"");
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > MAX_NAME) {
            throw new AppException("A version's name is at most " + MAX_NAME + " characters; this one has " + length);
        }
        return stripped;
    }

    /** What the version holds, with the canvas's own item ids. */
    public CanvasSnapshot snapshot(long versionId) {
        CanvasVersion version = version(versionId);
        byte[] bytes = read(() -> ws().versions().content(versionId)).orElseThrow();
        return VersionContent.decode(bytes, describe(version));
    }

    /** The exchange JSON a version holds (as export-json writes it, without feedback). */
    public byte[] json(long versionId) {
        CanvasVersion version = version(versionId);
        return VersionContent.json(read(() -> ws().versions().content(versionId)).orElseThrow(), describe(version));
    }

    /** The canvas as it is now: content, workshops and each promise's gap figures (default filters). */
    public CanvasSnapshot snapshotNow(long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        List<WorkshopRecord> workshops = read(() -> ws().workshops().byCanvas(canvasId).stream()
                .map(w -> ws().workshops().record(w.id()).orElseThrow()).toList());
        // As the Gaps tab shows them with no filter (GapUseCases.report; app.feedback takes versions, so not used here).
        List<PromiseStanding> gaps = read(() -> GapAnalysis.of(content, ws().feedback().cells(canvasId,
                FeedbackFilter.NONE), FeedbackFilter.NONE, CrosshairMode.MIDPOINTS, ws().feedback().facets(canvasId)))
                .promises().stream()
                .map(p -> new PromiseStanding(p.promiseId(), p.n(), p.delivered(), p.gap(), p.deficit())).toList();
        return new CanvasSnapshot(content, workshops, gaps);
    }

    /** Deletes one version; the others keep their numbers. */
    public void delete(long versionId) {
        CanvasVersion version = version(versionId);
        Workbench.requireWritable(ws());
        try {
            ws().transaction(c -> {
                ws().versions().delete(versionId);
                ws().announce(version.canvasId(), "Delete version");
                return null;
            });
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /**
     * Makes the version the canvas's content in one undoable step, after keeping the current state as an automatic
     * version; the feedback records stay as they are.
     */
    public Change restore(long versionId) {
        CanvasVersion version = version(versionId);
        CanvasSnapshot target = snapshot(versionId);
        CanvasSnapshot now = snapshotNow(version.canvasId());
        RestoreVersion.PendingVersion keep = pendingNow(version.canvasId(), now);
        return workbench.execute(new RestoreVersion(version, target, now.content(), keep, workbench.clock()), 0);
    }

    /** Opens the version as a new canvas (as Duplicate does), named after the canvas and the version. */
    public Change openAsNewCanvas(long versionId) {
        CanvasVersion version = version(versionId);
        CanvasSnapshot snapshot = snapshot(versionId);
        String name = snapshot.content().canvas().name();
        String suffix = " (version " + version.number() + ")";
        int room = Limits.MAX_NAME - suffix.length();
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room)).strip();
        }
        return workbench.execute(new CanvasCommands.AddCanvas("Open version as canvas", snapshot.content(), List.of(),
                snapshot.workshops(), name + suffix, workbench.clock()), 0);
    }

    private String describe(CanvasVersion version) {
        String canvas = read(() -> ws().canvases().find(version.canvasId())).map(c -> c.name()).orElse("a canvas");
        return "version " + version.number() + " of " + MessageText.quote(canvas);
    }

    private Workspace ws() {
        return workbench.workspace();
    }

    private static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
