package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Creating a workspace that fails after SQLite made the file (as on a full disk, where the schema cannot be
 * written) must not leave a 0-byte or half-made file that later opens look at. A migration that fails stands in
 * for the full disk: it fails at the same point, after the file exists.
 */
class WorkspaceCreationFailureTest {
    private static final List<String> BROKEN = List.of("classpath:db/brokenmigration");

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceWhoseCreationFailsLeavesNoFileBehind() throws IOException {
        Path file = dir.resolve("new.db");

        assertThatThrownBy(() -> Workspace.open(file, false, BROKEN, 1)).isInstanceOf(StoreException.class);

        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anEmptyFileTheUserMadeIsKeptWhenCreatingTheWorkspaceInItFails() throws IOException {
        Path file = Files.createFile(dir.resolve("mine.db"));

        assertThatThrownBy(() -> Workspace.open(file, false, BROKEN, 1)).isInstanceOf(StoreException.class);

        assertThat(file).exists();
    }
}
