package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theCopyIsTheJarsLibraryAndIsMadeOnlyOnce() throws Exception {
        Path copy = SqliteNativeLibrary.copyIn(dir).orElseThrow();
        String name = System.mapLibraryName("sqlitejdbc");
        try (InputStream in = getClass().getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
        }
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copy, past);
        assertThat(SqliteNativeLibrary.copyIn(dir)).contains(copy);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(past);
        try (var left = Files.list(copy.getParent())) {
            assertThat(left).containsExactly(copy); // no .part file stays behind
        }
    }

    @Test
    void aCacheFolderThatCannotBeMadeLeavesTheDriversOwnWay() throws Exception {
        Path file = Files.writeString(dir.resolve("in-the-way"), "x");
        assertThat(SqliteNativeLibrary.copyIn(file)).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
