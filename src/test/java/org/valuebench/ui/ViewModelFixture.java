package org.valuebench.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;

/** View models on a real workspace file, with every background task run at once. */
final class ViewModelFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    final Path file;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final ImmediateRunner runner = new ImmediateRunner();
    final WorkbenchViewModel workbench;
    final LibraryViewModel library;
    final DetailsViewModel details;

    ViewModelFixture(Path file) {
        this.file = file;
        this.workbench = new WorkbenchViewModel(runner,
                (location, upgrading) -> Workbench.open(location.file(), true, CLOCK, upgrading), dialogs, CLOCK);
        this.library = new LibraryViewModel(workbench);
        this.details = new DetailsViewModel(workbench);
        workbench.open(new WorkspaceLocation(file, false));
    }

    CanvasContent shown() {
        return workbench.canvas().orElseThrow();
    }

    /** Reads the file through a second, non-editing connection: what is really committed. */
    static void inDatabase(Path file, Consumer<Workbench> check) {
        try (Workbench reader = Workbench.open(file, false, CLOCK)) {
            check.accept(reader);
        }
    }

    @Override
    public void close() {
        workbench.close();
    }
}
