package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportProgress;

/**
 * A disk that fills during a write. SQLite's max_page_count makes the write fail with SQLITE_FULL for real, as a
 * full disk does, without needing a small file system.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Lets the file grow by {@code pages} pages at most, on this connection. */
    private void leaveRoomFor(int pages) {
        ws.workbench.workspace().transaction(c -> {
            try (Statement s = c.createStatement(); ResultSet count = s.executeQuery("PRAGMA page_count")) {
                count.next();
                s.execute("PRAGMA max_page_count = " + (count.getLong(1) + pages));
            }
            return null;
        });
    }

    @Test
    void aFeedbackImportThatFillsTheDiskSaysSoAndImportsNothing() throws IOException {
        Path csv = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("promise,score,comment\n");
            for (int i = 0; i < 20_000; i++) {
                w.write("Low prices," + (1 + i % 5) + ",comment number " + i + " that takes some room on disk\n");
            }
        }
        leaveRoomFor(4);

        assertThatThrownBy(() -> ws.feedback.importFile(ws.canvasId, csv, ImportOptions.DEFAULT, ImportProgress.NONE))
                .isInstanceOf(AppException.class)
                .hasMessage("the disk holding " + ws.file + " is full: nothing was imported; free some space and"
                        + " try again");
        assertThat(ws.feedback.count(ws.canvasId)).isZero();
    }

    @Test
    void anEditThatFillsTheDiskSaysSoAndLeavesTheCanvasAsItWas() {
        leaveRoomFor(0);
        String longNotes = "n".repeat(org.valuebench.domain.Limits.MAX_NOTES);

        assertThatThrownBy(() -> ws.workbench.updateCanvasInfo(ws.canvasId, "Corner shop", "", "", longNotes))
                .isInstanceOf(AppException.class)
                .hasMessage("the disk holding " + ws.file + " is full: nothing was saved; free some space and"
                        + " try again");
        assertThat(ws.workbench.canvas(ws.canvasId).canvas().notes()).isEmpty();
    }
}
