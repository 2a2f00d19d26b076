package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.store.StoreException;
import org.valuebench.store.TestWorkspaces;

/** {@link Workbenches#open} for tests that run on both engines: see {@link TestWorkspaces}. */
public final class TestWorkbenches {
    private TestWorkbenches() {
    }

    public static Workbench open(Path file, boolean exclusive, Clock clock) {
        return Workbenches.on(TestWorkspaces.open(file, exclusive), exclusive, clock);
    }

    /**
     * As {@link Workbenches#open(Path, boolean, Clock, Consumer)}, failures in the app's own exception, for the window's
     * opener in the view-model tests.
     */
    public static Workbench open(Path file, boolean exclusive, Clock clock, Consumer<Path> upgrading) {
        try {
            return Workbenches.on(TestWorkspaces.open(file, exclusive, upgrading), exclusive, clock);
        } catch (StoreException | InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
