package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.details.DetailsViewModel;
import org.valuebench.ui.library.LibraryViewModel;

/** View models on a real workspace file, with every background task run at once. */
public final class ViewModelFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    public final Path file;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ImmediateRunner runner = new ImmediateRunner();
    public final WorkbenchViewModel workbench;
    public final LibraryViewModel library;
    public final DetailsViewModel details;

    public ViewModelFixture(Path file) {
        this.file = file;
        this.workbench = new WorkbenchViewModel(runner,
                (location, upgrading) -> Workbench.open(location.file(), true, CLOCK, upgrading), dialogs, CLOCK);
        this.library = new LibraryViewModel(workbench);
        this.details = new DetailsViewModel(workbench);
        workbench.open(new WorkspaceLocation(file, false));
    }

    public CanvasContent shown() {
        return workbench.canvas().orElseThrow();
    }

    /** Reads the file through a second, non-editing connection: what is really committed. */
    public static void inDatabase(Path file, Consumer<Workbench> check) {
        try (Workbench reader = Workbench.open(file, false, CLOCK)) {
            check.accept(reader);
        }
    }

    @Override
    public void close() {
        workbench.close();
    }
}
