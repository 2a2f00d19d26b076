package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;

/**
 * What may be a workspace: a regular file or a path that does not exist yet. Devices, pipes and folders are
 * refused untouched; a workspace that cannot be written is opened read-only, without SQLite's side files.
 */
class WorkspaceFileTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    private static final int FILE_TYPE = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;

    @TempDir
    Path dir;

    /** Gives the folders back their write permission, so the temporary folder can be removed by any user. */
    @AfterEach
    void writableAgain() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    // ---- only a regular file or a new path

    @Test
    void aFifoIsRefusedAsAWorkspaceAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe.db");
        run("mkfifo", fifo.toString());

        // Before the check, SQLite would read from the pipe and wait for ever.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> Workspace.open(fifo, false))
                .isInstanceOf(StoreException.class)
                .hasMessage(fifo + " is a named pipe (FIFO), not a regular file: only a regular file, or a path"
                        + " that does not exist yet, can be a workspace. Nothing was changed."));

        assertThat(fileType(fifo)).isEqualTo(FIFO);
        assertThat(names(dir)).containsExactly("pipe.db");
    }

    @Test
    void aDeviceIsRefusedAsAWorkspaceAndNothingIsWrittenToIt() throws Exception {
        Path device = dir.resolve("null-device.db");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "making a device node needs root");

        assertThatThrownBy(() -> Workspace.open(device, false))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(device + " is a character device, not a regular file")
                .hasMessageEndingWith("Nothing was changed.");

        assertThat(fileType(device)).isEqualTo(CHARACTER_DEVICE);
        assertThat(names(dir)).as("no journal written beside the device").containsExactly("null-device.db");
    }

    @Test
    void aFolderIsRefusedAsAWorkspace() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.db"));

        assertThatThrownBy(() -> Workspace.open(folder, false))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(folder + " is a folder, not a regular file");

        assertThat(names(folder)).isEmpty();
    }

    @Test
    void anEmptyRegularFileIsTakenAsANewWorkspace() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        try (Workspace ws = Workspace.open(empty, false)) {
            assertThat(ws.created()).isTrue();
            assertThat(ws.readOnlyReason()).isEmpty();
        }
    }

    // ---- read-only workspaces

    @Test
    void aWorkspaceInAReadOnlyFolderIsOpenedReadOnlyWithoutWalOrShmFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("cd-rom ö"));
        Path file = workspaceWithACanvas(folder.resolve("wörk space.db"));
        readOnly(folder);

        try (Workspace ws = Workspace.open(file, false)) {
            assertThat(ws.canvases().list()).extracting(c -> c.name()).containsExactly("Café");
            assertThat(ws.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith(file + " is in a read-only folder (" + folder + ")")
                    .contains("opened read-only"));
            assertThat(names(folder)).as("nothing beside the file while it is open").containsExactly("wörk space.db");
        }
        assertThat(names(folder)).containsExactly("wörk space.db");
    }

    @Test
    void aWalLeftBesideAReadOnlyWorkspaceByACrashIsStillRead() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("copied"));
        Path file = workspaceWithACanvas(dir.resolve("ws.db"));
        try (Workspace writer = Workspace.open(file, false)) {
            writer.canvases().insert(Canvas.draft("Only in the WAL", T0));
            // A copy taken while the writer is open: the second canvas is committed, but only in the -wal file.
            Files.copy(file, folder.resolve("ws.db"));
            Files.copy(dir.resolve("ws.db-wal"), folder.resolve("ws.db-wal"));
        }
        readOnly(folder);

        try (Workspace ws = Workspace.open(folder.resolve("ws.db"), false)) {
            assertThat(ws.readOnlyReason()).isPresent();
            assertThat(ws.canvases().list()).extracting(c -> c.name())
                    .containsExactlyInAnyOrder("Café", "Only in the WAL");
        }
    }

    @Test
    void aReadOnlyWorkspaceFileInAWritableFolderIsOpenedReadOnly() throws IOException {
        Path file = workspaceWithACanvas(dir.resolve("ws.db"));
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        try (Workspace ws = Workspace.open(file, true)) {
            assertThat(ws.canvases().list()).hasSize(1);
            assertThat(ws.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .startsWith(file + " is a read-only file").contains("opened read-only"));
            assertThat(names(dir)).as("no -wal, -shm or .lock while it is open").containsExactly("ws.db");
        }
        assertThat(names(dir)).containsExactly("ws.db");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aWritableWorkspaceHasNoReadOnlyReason() {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"), false)) {
            assertThat(ws.readOnlyReason()).isEmpty();
        }
    }

    @Test
    void noNewWorkspaceIsMadeInAReadOnlyFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        readOnly(folder);
        Path file = folder.resolve("new.db");

        assertThatThrownBy(() -> Workspace.open(file, false))
                .isInstanceOf(StoreException.class)
                .hasMessage("Cannot create the workspace " + file + ": its folder " + folder + " is read-only."
                        + " Choose a file in a folder you can write to.");

        assertThat(names(folder)).isEmpty();
    }

    @Test
    void aReadOnlyWorkspaceOfAnOlderVersionIsRefusedRatherThanUpgraded() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("old"));
        Path file = OlderWorkspace.atSchema(folder.resolve("ws.db"), 1);
        readOnly(folder);

        assertThatThrownBy(() -> Workspace.open(file, false))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file + " was written by an older version of ValueBench and must be upgraded"
                        + " before this version can read it, but it is read-only:")
                .hasMessageContaining("read-only folder");

        assertThat(names(folder)).containsExactly("ws.db");
    }

    private static Path workspaceWithACanvas(Path file) {
        try (Workspace ws = Workspace.open(file, false)) {
            ws.canvases().insert(Canvas.draft("Café", T0));
        }
        return file;
    }

    private static void readOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int fileType(Path file) throws IOException {
        return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & FILE_TYPE;
    }

    private static void run(String... command) throws Exception {
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
