package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesANewFile() throws IOException {
        Path file = dir.resolve("canvas.json");
        AtomicFiles.write(file, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("{}");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoHalfFile() throws IOException {
        Path file = dir.resolve("canvas.pdf");
        Files.writeString(file, "the previous export");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half a PDF".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(FormatException.class).hasMessageContaining(file.toString()).hasMessageContaining("disk full");
        assertThat(file).hasContent("the previous export");
        assertThat(filesIn(dir)).isEqualTo(1);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new FormatException("the layout failed");
        })).isInstanceOf(FormatException.class).hasMessage("the layout failed");
        assertThat(file).hasContent("the previous export");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aNewFileIsNotLeftBehindWhenWritingFails() throws IOException {
        Path file = dir.resolve("new.md");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            throw new IOException("stream closed");
        })).isInstanceOf(FormatException.class);
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void refusesAMissingFolderAndAFolderAsTarget() {
        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("missing").resolve("x.json"), out -> { }))
                .isInstanceOf(FormatException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicFiles.write(dir, out -> { }))
                .isInstanceOf(FormatException.class).hasMessageContaining("is a folder");
    }
}
