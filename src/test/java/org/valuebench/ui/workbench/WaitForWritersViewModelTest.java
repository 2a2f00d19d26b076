package org.valuebench.ui.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's edit while another program (a command-line import) holds the workspace's write lock: it waits in
 * line with the status bar saying so, and is saved once the other program finishes; never refused.
 */
class WaitForWritersViewModelTest {
    @TempDir
    Path dir;

    @Test
    @Tag("sqlite-only") // another program holding the SQLite file's write lock, which the status bar waits out
    void anEditWaitsForAnotherProgramWritingWithTheStatusBarSayingSoAndIsThenSaved() throws Exception {
        Path file = dir.resolve("ws.db");
        try (ViewModelFixture f = new ViewModelFixture(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement otherWrites = other.createStatement()) {
            List<String> statuses = new ArrayList<>();
            otherWrites.execute("BEGIN IMMEDIATE");
            // The other program finishes when the window says it waits: no clock in the test.
            f.workbench.statusProperty().addListener((obs, old, now) -> {
                statuses.add(now.text());
                if (now.text().startsWith("Waiting")) {
                    finish(otherWrites);
                }
            });

            f.workbench.createCanvas("Made while an import ran");

            assertThat(statuses).containsSubsequence("Saving…",
                    "Waiting for another program writing to ws.db…");
            assertThat(statuses.get(statuses.size() - 1)).startsWith("All changes saved");
            assertThat(f.dialogs.errors).isEmpty();
            assertThat(f.workbench.library()).extracting(c -> c.name()).contains("Made while an import ran");
        }
        ViewModelFixture.inDatabase(file, reader -> assertThat(reader.library())
                .extracting(c -> c.name()).contains("Made while an import ran"));
    }

    private static void finish(Statement otherWrites) {
        try {
            otherWrites.execute("COMMIT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
