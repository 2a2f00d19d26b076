package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System.Logger messages reach rotating files in the folder handed in, and never the console while it is open. */
class ProgramLogTest {
    private static final System.Logger LOG = System.getLogger(ProgramLogTest.class.getName());
    private final Logger root = LogManager.getLogManager().getLogger("");

    @TempDir
    Path dir;

    @Test
    void writesOneLineAMessageWithItsStackTraceAndRotates() throws Exception {
        Path folder = dir.resolve("state").resolve("valuebench");
        try (ProgramLog log = ProgramLog.toFolder(folder)) {
            assertThat(consoleHandlers()).isEmpty();
            LOG.log(System.Logger.Level.WARNING, "cannot store window settings", new IllegalStateException("disk"));
            String first = Files.readString(folder.resolve(ProgramLog.FIRST_FILE));
            assertThat(first).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARNING "
                    + "org.valuebench.app.ProgramLogTest: cannot store window settings")
                    .contains("java.lang.IllegalStateException: disk", "at org.valuebench.app.ProgramLogTest");

            String line = "x".repeat(1000);
            for (int i = 0; i < ProgramLog.FILE_LIMIT_BYTES / line.length() * (ProgramLog.FILE_COUNT + 1); i++) {
                LOG.log(System.Logger.Level.INFO, line);
            }
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted())
                    .containsExactly("valuebench-0.log", "valuebench-1.log", "valuebench-2.log", "valuebench-3.log",
                            "valuebench-4.log");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".log")))
                    .allSatisfy(f -> assertThat(Files.size(f)).isLessThanOrEqualTo(ProgramLog.FILE_LIMIT_BYTES + 2000));
        }
    }

    @Test
    void theCommandLinesLogGoesNowhereAndTheConsoleComesBackAfter() {
        Handler[] before = root.getHandlers();
        try (ProgramLog log = ProgramLog.nowhere()) {
            assertThat(consoleHandlers()).isEmpty();
            LOG.log(System.Logger.Level.ERROR, "not on the terminal");
        }
        assertThat(root.getHandlers()).containsExactlyInAnyOrder(before);
    }

    private Handler[] consoleHandlers() {
        return Arrays.stream(root.getHandlers()).filter(h -> h instanceof ConsoleHandler).toArray(Handler[]::new);
    }
}
