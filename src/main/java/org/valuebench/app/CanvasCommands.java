package org.valuebench.app;

import java.time.Clock;
import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Limits;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.CanvasWorkshopRows;
import org.valuebench.store.Workspace;

/** Undoable edits of the canvas library: create, edit the header, duplicate, delete. */
public final class CanvasCommands {

    private CanvasCommands() {
    }

    /**
     * Adds a whole canvas (new, duplicated or imported), with the feedback on its promises when it comes with
     * some; undo deletes both, redo restores the same ids. The feedback is not kept in memory for redo: undo
     * parks it in the workspace (as deleting a canvas does) and redo puts it back, so an import of 10,000
     * records costs the undo history nothing.
     */
    public static final class AddCanvas implements UndoableCommand {
        private final String label;
        private final CanvasContent source;
        private final String name;
        private final Clock clock;
        private List<Feedback> feedback;
        private List<WorkshopRecord> workshops;
        private CanvasContent stored;
        private long parkedFeedback;
        private CanvasWorkshopRows storedWorkshops;

        AddCanvas(String label, CanvasContent source, String name, Clock clock) {
            this(label, source, List.of(), name, clock);
        }

        /** @param feedback records whose promise ids are item ids of {@code source} */
        public AddCanvas(String label, CanvasContent source, List<Feedback> feedback, String name, Clock clock) {
            this(label, source, feedback, List.of(), name, clock);
        }

        /** @param workshops records whose cards are item ids of {@code source} (a canvas file's workshops) */
        public AddCanvas(String label, CanvasContent source, List<Feedback> feedback, List<WorkshopRecord> workshops,
                         String name, Clock clock) {
            this.label = label;
            this.source = source;
            this.feedback = feedback;
            this.workshops = workshops;
            this.name = name;
            this.clock = clock;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public long apply(Workspace workspace) {
            if (stored == null) {
                stored = CanvasWriter.insertCopy(workspace, source, feedback, name, clock.instant());
                WorkshopCopies.insert(workspace, source, stored, workshops);
                // Stored now; from here on undo and redo move it through the workspace's trash.
                feedback = List.of();
                workshops = List.of();
            } else {
                CanvasWriter.restore(workspace, stored);
                if (storedWorkshops != null) {
                    workspace.workshops().restore(storedWorkshops);
                }
                if (parkedFeedback != 0) {
                    workspace.feedback().unpark(parkedFeedback);
                    parkedFeedback = 0;
                }
            }
            return stored.canvas().id();
        }

        @Override
        public long revert(Workspace workspace) {
            long canvasId = stored.canvas().id();
            storedWorkshops = workspace.workshops().rowsOfCanvas(canvasId);
            if (workspace.feedback().count(canvasId) > 0) {
                parkedFeedback = workspace.feedback().parkCanvas(canvasId);
            }
            workspace.canvases().delete(canvasId);
            return 0;
        }

        long canvasId() {
            return stored.canvas().id();
        }
    }

    /** As {@link ItemCommands.EditItem}: each direction writes only over the version the previous one left. */
    static final class EditCanvas implements UndoableCommand {
        private final Canvas before;
        private final Canvas after;
        private final long shownVersion;
        private final RowVersions versions;
        private boolean applied;

        EditCanvas(Canvas before, Canvas after, long shownVersion, RowVersions versions) {
            this.before = before;
            this.after = after;
            this.shownVersion = shownVersion;
            this.versions = versions;
        }

        @Override
        public String label() {
            return before.name().equals(after.name()) ? "Edit canvas details" : "Rename canvas";
        }

        @Override
        public long editedCanvas() {
            return after.id();
        }

        @Override
        public long apply(Workspace workspace) {
            long from = applied ? versions.writtenCanvas(after.id()) : shownVersion;
            versions.wroteCanvas(after.id(), workspace.canvases().update(after, from));
            applied = true;
            return after.id();
        }

        @Override
        public long revert(Workspace workspace) {
            versions.wroteCanvas(before.id(), workspace.canvases().update(before, versions.writtenCanvas(before.id())));
            return before.id();
        }
    }

    static final class DeleteCanvas implements UndoableCommand {
        private final CanvasContent snapshot;

        DeleteCanvas(CanvasContent snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public String label() {
            return "Delete canvas '" + snapshot.canvas().name() + "'";
        }

        private long parkedFeedback;
        private org.valuebench.store.CanvasWorkshopRows workshops;

        @Override
        public long apply(Workspace workspace) {
            // The canvas's feedback and workshops go with it; keep them so undo can bring them back.
            workshops = workspace.workshops().rowsOfCanvas(snapshot.canvas().id());
            parkedFeedback = workspace.feedback().parkCanvas(snapshot.canvas().id());
            workspace.canvases().delete(snapshot.canvas().id());
            return 0;
        }

        @Override
        public long revert(Workspace workspace) {
            CanvasWriter.restore(workspace, snapshot);
            workspace.workshops().restore(workshops);
            workspace.feedback().unpark(parkedFeedback);
            return snapshot.canvas().id();
        }
    }

    /** "name (copy)", the name shortened (by whole code points) so the suffix always fits the limit. */
    static String copyName(String name) {
        String suffix = " (copy)";
        int room = Limits.MAX_NAME - suffix.length();
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room)).strip();
        }
        return name + suffix;
    }
}
