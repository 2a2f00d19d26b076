package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.WriterWaitListener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasSummary;

/**
 * Opening a workspace on the database thread and showing the canvas shown there last: what the window says
 * meanwhile (opening, upgrading an older file, waiting for another program that writes), and what it shows when
 * the file is refused, the first one (a refusal screen) or a later one (an alert, the open one stays).
 */
final class WorkspaceOpening {
    private static final String WAITING = "Waiting for another program writing to ";
    private final BackgroundRunner runner;
    private final WorkbenchSession session;
    private final WorkbenchState state;
    private final EditRunner edits;
    private final Dialogs dialogs;
    private final RecentWorkspaces recent;

    WorkspaceOpening(BackgroundRunner runner, WorkbenchSession session, WorkbenchState state, EditRunner edits,
                     Dialogs dialogs, RecentWorkspaces recent) {
        this.recent = recent;
        this.runner = runner;
        this.session = session;
        this.state = state;
        this.edits = edits;
        this.dialogs = dialogs;
    }

    /** The folder of the open workspace, where the file choosers start; null before one is open. */
    Path currentFolder() {
        Path file = state.workspaceFile.get();
        return file == null ? null : file.getParent();
    }

    void open(WorkspaceLocation location, boolean mustBeNew) {
        if (edits.isClosed()) {
            return;
        }
        boolean hadWorkspace = !state.where.get().isEmpty();
        if (!hadWorkspace) {
            state.phase.set(WorkbenchViewModel.Phase.OPENING);
        }
        state.status(SaveStatus.Kind.OPENING, "Opening " + shortName(location) + "…");
        state.openingTitle.set(WorkbenchState.OPENING);
        state.openingDetail.set("");
        runner.submit(() -> {
            Workbench workbench = session.switchTo(location, mustBeNew,
                    backup -> runner.report(() -> upgrading(location.file(), backup)));
            // An edit is never refused because a command-line import writes: it waits in line, and says so.
            workbench.waitForWriters(WriterWaitListener.NO_LIMIT, new WriterWaitListener() {
                @Override
                public void waiting(Path file) {
                    runner.report(() -> waitingForAnotherWriter(file));
                }

                @Override
                public void resumed(Path file, java.time.Duration waited) {
                    runner.report(() -> anotherWriterFinished());
                }
            });
            Change shown = firstCanvas(workbench);
            shown.canvas().ifPresent(c -> session.rememberShown(c.canvas().id()));
            return new Opened(workbench.localFile().orElse(null), workbench.where(), shown,
                    workbench.readOnlyReason().orElse(""));
        }, this::opened, error -> refused(error, hadWorkspace));
    }

    private void opened(Opened opened) {
        state.workspaceFile.set(opened.file());
        state.team = opened.file() == null;
        state.where.set(opened.where());
        recent.remember(opened.where());
        state.refusal.set("");
        state.readOnlyReason.set(opened.readOnlyReason());
        state.phase.set(WorkbenchViewModel.Phase.READY);
        state.selectedItemId.set(0);
        state.apply(opened.change());
        state.status.set(opened.readOnlyReason().isEmpty() ? edits.saved() : SaveStatus.of(SaveStatus.Kind.NOTICE,
                "Read-only: " + (opened.file() == null ? opened.where() : opened.file().getFileName())
                        + " can be read and exported, not changed"));
        state.showTitle();
    }

    private void refused(RuntimeException error, boolean hadWorkspace) {
        String message = WorkbenchViewModel.messageOf(error);
        if (hadWorkspace) {
            state.status(SaveStatus.Kind.ERROR, message);
            dialogs.showError("Cannot open workspace", message);
        } else {
            state.refusal.set(message);
            state.phase.set(WorkbenchViewModel.Phase.REFUSED);
            state.status(SaveStatus.Kind.ERROR, message);
        }
        state.bumpRevision();
    }

    private void waitingForAnotherWriter(Path file) {
        state.status(SaveStatus.Kind.SAVING, WAITING + file.getFileName() + "…");
    }

    private void anotherWriterFinished() {
        if (state.status.get().text().startsWith(WAITING)) {
            state.status(SaveStatus.Kind.SAVING, "Saving…");
        }
    }

    private void upgrading(Path file, Path backup) {
        String name = String.valueOf(file.getFileName());
        state.openingTitle.set("Upgrading " + name + " for this version of ValueBench…");
        state.openingDetail.set("This happens once; with much feedback it can take a minute.\nThe file as it was is"
                + " kept beside it as " + backup.getFileName() + ".");
        state.status(SaveStatus.Kind.OPENING, "Upgrading " + name + " (a copy as it was: "
                + backup.getFileName() + ")…");
    }

    private static Change firstCanvas(Workbench workbench) {
        Optional<Long> last = workbench.windowMemory().lastCanvas();
        if (last.isPresent()) {
            return workbench.show(last.get());
        }
        List<CanvasSummary> library = workbench.library();
        return library.isEmpty() ? workbench.show(0) : workbench.show(library.get(0).id());
    }

    /** A file's name, or a team workspace's address (without its password). */
    private static String shortName(WorkspaceLocation location) {
        return location.isTeam() ? location.where() : String.valueOf(location.file().getFileName());
    }

    /** @param file the local file, or null for a team workspace */
    private record Opened(Path file, String where, Change change, String readOnlyReason) {
    }
}
