package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.store.TestWorkspaces;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.details.DetailsViewModel;
import org.valuebench.ui.library.LibraryViewModel;

/**
 * View models on a real workspace, with every background task run at once: the file itself, or, in the team run
 * ({@code -Dvaluebench.test.engine=postgresql}), a fresh database on the embedded PostgreSQL server that stands for
 * the file (see {@link TestWorkspaces}).
 */
public final class ViewModelFixture implements AutoCloseable {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    public final Path file;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final ImmediateRunner runner = new ImmediateRunner();
    /** Asks who else is on a team workspace only when the test ticks it (a local file starts nothing). */
    public final ManualTicker ticker = new ManualTicker();
    public final WorkbenchViewModel workbench;
    public final LibraryViewModel library;
    public final DetailsViewModel details;

    public ViewModelFixture(Path file) {
        this.file = file;
        this.workbench = new WorkbenchViewModel(runner, opener(CLOCK), dialogs, CLOCK, RecentWorkspaces.inMemory(),
                System.getenv(), ticker);
        this.library = new LibraryViewModel(workbench);
        this.details = new DetailsViewModel(workbench);
        workbench.open(new WorkspaceLocation(file, false));
    }

    public CanvasContent shown() {
        return workbench.canvas().orElseThrow();
    }

    /** The window's title showing {@code shown}: on a team workspace the address follows, as the window says. */
    public String title(String shown) {
        return TestWorkspaces.onTeamServer() ? shown + " — " + workbench.whereProperty().get() : shown;
    }

    /** The window's opener on the engine of the test run: the location's file, holding its lock, or its database. */
    public static WorkspaceOpener opener(Clock clock) {
        return (location, upgrading) -> TestWorkbenches.open(location.file(), true, clock, upgrading);
    }

    /** Reads the file through a second, non-editing connection: what is really committed. */
    public static void inDatabase(Path file, Consumer<Workbench> check) {
        try (Workbench reader = TestWorkbenches.open(file, false, CLOCK)) {
            check.accept(reader);
        }
    }

    @Override
    public void close() {
        workbench.close();
    }
}
