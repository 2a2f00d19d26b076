package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.ExportFiles;

class FileExportTest {
    @TempDir
    Path dir;

    /** The exports of a workspace in another folder: nothing here is protected. */
    private static final ExportFiles FILES = new ExportFiles(Path.of("elsewhere", "workspace.db"), false,
            Clock.systemUTC());

    private static FileExport chunks(int count) {
        return FileExport.of("The test export", out -> {
            for (int i = 0; i < count; i++) {
                out.write(("chunk " + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }, FILES);
    }

    private Stream<Path> files() throws IOException {
        return Files.list(dir);
    }

    @Test
    void writesTheWholeFile() throws IOException {
        Path file = dir.resolve("out.txt");
        chunks(3).writeTo(file);
        assertThat(Files.readString(file)).isEqualTo("chunk 0\nchunk 1\nchunk 2\n");
    }

    @Test
    void cancelledWhileWritingLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "the previous export");
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> chunks(100).writeTo(file, () -> asked.incrementAndGet() > 5))
                .isInstanceOf(ExportCancelledException.class)
                .hasMessage("The test export was cancelled; no file was written");
        assertThat(Files.readString(file)).isEqualTo("the previous export");
        try (Stream<Path> files = files()) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void cancelledAfterTheLastWriteButBeforeTheMoveLeavesNoFile() throws IOException {
        Path file = dir.resolve("out.txt");
        AtomicInteger asked = new AtomicInteger();
        // Asked once before starting and once per chunk; the next question is the one just before the move.
        assertThatThrownBy(() -> chunks(3).writeTo(file, () -> asked.incrementAndGet() > 4))
                .isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = files()) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void cancelledBeforeStartingWritesNothing() throws IOException {
        assertThatThrownBy(() -> chunks(3).writeTo(dir.resolve("out.txt"), () -> true))
                .isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> files = files()) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aWriterFailureNamesTheFile() throws IOException {
        FileExport failing = FileExport.of("The test export", out -> {
            out.write(1);
            throw new IOException("disk full");
        }, FILES);
        Path file = dir.resolve("out.txt");
        assertThatThrownBy(() -> failing.writeTo(file, () -> false))
                .isInstanceOf(AppException.class)
                .isNotInstanceOf(ExportCancelledException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("disk full");
        try (Stream<Path> files = files()) {
            assertThat(files).isEmpty();
        }
    }
}
