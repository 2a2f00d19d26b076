package org.valuebench.app;

import java.nio.file.Path;
import java.time.Clock;
import org.valuebench.store.TestWorkspaces;

/** {@link Workbench#open} for tests that run on both engines: see {@link TestWorkspaces}. */
public final class TestWorkbenches {
    private TestWorkbenches() {
    }

    public static Workbench open(Path file, boolean exclusive, Clock clock) {
        return Workbench.on(TestWorkspaces.open(file, exclusive), exclusive, clock);
    }
}
