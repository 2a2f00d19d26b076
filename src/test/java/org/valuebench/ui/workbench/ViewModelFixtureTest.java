package org.valuebench.ui.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.store.TestWorkspaces;

/** The view-model fixture opens the workspace on the engine the test run is for, so the ui suites run on both. */
class ViewModelFixtureTest {

    @Test
    void theWindowsModelAndTheReaderUseTheEngineOfTheRun(@TempDir Path dir) {
        Path file = dir.resolve("engine.db");
        boolean team = TestWorkspaces.onTeamServer();
        try (ViewModelFixture fixture = new ViewModelFixture(file)) {
            assertEquals(WorkbenchViewModel.Phase.READY, fixture.workbench.phaseProperty().get());
            assertEquals(team, fixture.workbench.whereProperty().get().startsWith("postgresql://"),
                    fixture.workbench.whereProperty().get());
            fixture.workbench.createCanvas("Seen by the reader");
        }
        // On the team server the "file" only names a database: nothing is written beside the test.
        assertEquals(!team, Files.exists(file));
        ViewModelFixture.inDatabase(file, reader -> {
            assertEquals(team, reader.localFile().isEmpty());
            assertTrue(reader.library().stream().anyMatch(c -> c.name().equals("Seen by the reader")));
        });
    }

    @Test
    void reopeningTheSameFileReopensTheSameWorkspace(@TempDir Path dir) {
        Path file = dir.resolve("again.db");
        try (ViewModelFixture first = new ViewModelFixture(file)) {
            first.workbench.createCanvas("Kept");
        }
        try (ViewModelFixture again = new ViewModelFixture(file)) {
            assertTrue(again.workbench.library().stream().anyMatch(c -> c.name().equals("Kept")));
            assertFalse(again.workbench.library().isEmpty());
        }
    }
}
