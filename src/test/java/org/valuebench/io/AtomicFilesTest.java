package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

    // ---- what sits at the target path

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // the tool is not installed here
        }
    }

    private static boolean isSpecialFile(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    private static void write(Path target, String text) {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesANamedPipeAndLeavesItInPlace() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");

        assertThatThrownBy(() -> write(fifo, "export"))
                .isInstanceOf(FormatException.class).hasMessageContaining(fifo.toString())
                .hasMessageContaining("named pipe");
        assertThat(isSpecialFile(fifo)).isTrue();
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    /**
     * A device node of our own (as /dev/full) where this user may make one, so that the old behaviour replaced
     * only that copy; otherwise /dev/full itself, but only where this user cannot replace it.
     */
    @Test
    void refusesADeviceAndLeavesItUntouched() throws Exception {
        Path device = dir.resolve("full");
        if (!run("mknod", device.toString(), "c", "1", "7")) {
            device = Path.of("/dev/full");
            assumeTrue(Files.exists(device) && !Files.isWritable(device.getParent()),
                    "no device node that a failing test could not harm");
        }
        Path target = device;
        long before = filesIn(target.getParent());

        assertThatThrownBy(() -> write(target, "export"))
                .isInstanceOf(FormatException.class).hasMessageContaining(target.toString())
                .hasMessageContaining("device");
        assertThat(isSpecialFile(target)).isTrue();
        assertThat(filesIn(target.getParent())).isEqualTo(before);
    }

    @Test
    void refusesASocketAndLeavesItInPlace() throws IOException {
        Path socket = dir.resolve("sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> write(socket, "export"))
                    .isInstanceOf(FormatException.class).hasMessageContaining("socket");
            assertThat(isSpecialFile(socket)).isTrue();
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no Unix domain sockets here");
        }
    }

    @Test
    void writesThroughASymbolicLinkIntoItsTargetAndKeepsTheLink() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("canvas.md"), "old");
        Path link = dir.resolve("canvas.md");
        try {
            Files.createSymbolicLink(link, Path.of("real", "canvas.md"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }

        write(link, "new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "canvas.md"));
        assertThat(real).hasContent("new");
        assertThat(filesIn(dir)).isEqualTo(2);
        assertThat(filesIn(real.getParent())).isEqualTo(1);
    }

    @Test
    void aSymbolicLinkToADeviceIsRefusedLikeTheDevice() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available here");
        Path link = Files.createSymbolicLink(dir.resolve("out.pdf"), fifo.getFileName());

        assertThatThrownBy(() -> write(link, "export"))
                .isInstanceOf(FormatException.class).hasMessageContaining("named pipe");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(isSpecialFile(fifo)).isTrue();
    }

    @Test
    void refusesAReadOnlyFileUnlessForcedAndThenKeepsItReadOnly() throws IOException {
        assumeTrue(posix());
        Path file = Files.writeString(dir.resolve("report.md"), "kept");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        assertThatThrownBy(() -> write(file, "export"))
                .isInstanceOf(FormatException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("read-only");
        assertThat(file).hasContent("kept");
        assertThat(filesIn(dir)).isEqualTo(1);

        AtomicFiles.write(WriteTarget.of(file), out -> out.write('x'), true, CLOCK);
        assertThat(file).hasContent("x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--r--r--");
    }

    @Test
    void keepsTheModeOfTheFileItReplaces() throws IOException {
        assumeTrue(posix());
        for (String mode : List.of("rw-------", "rwxr-x---", "rw-rw-rw-")) {
            Path file = Files.writeString(dir.resolve("out-" + mode.replace('-', '_') + ".json"), "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

            write(file, "new");

            assertThat(file).hasContent("new");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(mode);
        }
    }

    @Test
    void refusesAnSqliteDatabaseUnlessForced() throws IOException {
        Path other = dir.resolve("other.db");
        byte[] header = "SQLite format 3\0 and then pages".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(other, header);

        assertThatThrownBy(() -> write(other, "export"))
                .isInstanceOf(FormatException.class).hasMessageContaining(other.toString())
                .hasMessageContaining("SQLite database");
        assertThat(Files.readAllBytes(other)).isEqualTo(header);
        assertThat(WriteTarget.of(other).protection()).hasValueSatisfying(p -> assertThat(p).contains("SQLite"));

        AtomicFiles.write(WriteTarget.of(other), out -> out.write('x'), true, CLOCK);
        assertThat(other).hasContent("x");
    }

    @Test
    void anExportRemovesPartFilesThatKilledExportsLeftADayAgoButNoFreshOnesOrOthers() throws IOException {
        Instant now = CLOCK.instant();
        Path stale = old(".valuebench-canvas.pdf-3k9x2.part", now.minus(Duration.ofHours(25)));
        Path staleOfThisTarget = old(".prices.json-1a2b3c.part", now.minus(Duration.ofDays(3)));
        Path fresh = old(".valuebench-other.pdf-7yq.part", now.minus(Duration.ofHours(23)));
        Path foreignHidden = old(".notes-1a2b3c.part", now.minus(Duration.ofDays(30)));
        Path foreignPart = old("download.part", now.minus(Duration.ofDays(30)));
        Path ourPrefixNotOurShape = old(".valuebench-settings", now.minus(Duration.ofDays(30)));
        Path folderWithOurName = Files.createDirectory(dir.resolve(".valuebench-x.pdf-abc.part"));
        Files.setLastModifiedTime(folderWithOurName, FileTime.from(now.minus(Duration.ofDays(30))));

        AtomicFiles.write(WriteTarget.of(dir.resolve("prices.json")), out -> out.write('x'), false, CLOCK);

        assertThat(stale).doesNotExist();
        assertThat(staleOfThisTarget).doesNotExist();
        assertThat(fresh).exists();
        assertThat(foreignHidden).exists();
        assertThat(foreignPart).exists();
        assertThat(ourPrefixNotOurShape).exists();
        assertThat(folderWithOurName).isDirectory();
        assertThat(dir.resolve("prices.json")).hasContent("x");
    }

    private Path old(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "left behind");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
