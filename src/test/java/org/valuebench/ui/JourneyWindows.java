package org.valuebench.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.ui.exchange.DesktopFiles;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.settings.WindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.Dialogs;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The real window on a workspace file, for the journey tests: the tests' clock and dialogs, nothing on the desktop. */
final class JourneyWindows {
    /** A desktop that fails the test if the window tries to open a file or show a folder. */
    static final DesktopFiles NO_DESKTOP = new DesktopFiles() {
        @Override
        public void open(Path file) {
            throw new AssertionError("the journey opens no file on the desktop");
        }

        @Override
        public void showInFolder(Path file) {
            throw new AssertionError("the journey shows no folder");
        }
    };

    private JourneyWindows() {
    }

    /** Shows the window on {@code file}, its database work on {@code database}, asking {@code dialogs}. */
    static ValueBenchWindow show(Path file, DatabaseThread database, Dialogs dialogs) throws Exception {
        return show(file, database, dialogs, new InMemoryWindowSettings());
    }

    /** As {@link #show(Path, DatabaseThread, Dialogs)}, remembering in {@code settings}. */
    static ValueBenchWindow show(Path file, DatabaseThread database, Dialogs dialogs, WindowSettings settings)
            throws Exception {
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                stage -> dialogs,
                settings, ViewModelFixture.CLOCK, new ExportThread(Platform::runLater),
                NO_DESKTOP, Locale.UK, file.resolveSibling("logs"));
        return WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(file, false))).get();
    }

    /** Waits (at most 15 s) until {@code condition} holds, then for the JavaFX events it led to. */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
