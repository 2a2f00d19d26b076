package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's reader of /proc files, on files shaped like /proc/stat, schedstat and comm. */
class ProcFileTest {
    @TempDir
    Path dir;

    @Test
    void countsOnlyTheWordsThatAreWholeNumbers() throws Exception {
        Path stat = Files.writeString(dir.resolve("stat"), "cpu  5618158 34152 416037 9024991 32852 0 8541 369011 0 0"
                + "\ncpu0 1 2 3 4 5 6 7 8 9 10\n");
        assertThat(ProcFile.number(stat, 0)).isEqualTo(5618158);
        assertThat(ProcFile.number(stat, 7)).isEqualTo(369011);
        Path schedstat = Files.writeString(dir.resolve("schedstat"), "123456789 987654 42\n");
        assertThat(ProcFile.number(schedstat, 1)).isEqualTo(987654);
    }

    @Test
    void readsAThreadsNameAndSaysWhenItsFileIsGone() throws Exception {
        Path comm = Files.writeString(dir.resolve("comm"), "valuebench-db\n");
        assertThat(ProcFile.firstLine(comm)).isEqualTo("valuebench-db");
        assertThatThrownBy(() -> ProcFile.number(dir.resolve("gone"), 0)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(NoSuchFileException.class);
    }
}
