package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line loads SQLite's native library from the user's cache folder instead of unpacking it each time. */
class SqliteLibraryCacheTest {
    @TempDir
    Path dir;

    @Test
    void aCommandUnpacksTheLibraryOnceIntoTheCacheFolderAndLoadsItFromThere() throws Exception {
        Path cache = dir.resolve("cache");
        Path db = dir.resolve("w.db");
        // sqlite-jdbc's own way unpacks into its temporary folder: one that does not exist makes that way fail,
        // so a command succeeds only by loading the cached copy.
        Path noTemp = dir.resolve("no-such-folder");
        for (int run = 0; run < 2; run++) {
            Process p = valuebench(cache, noTemp, run, "--db", db.toString(), "list");
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(dir.resolve("err-" + run), StandardCharsets.UTF_8))
                    .isZero();
        }
        try (Stream<Path> files = Files.walk(cache.resolve("valuebench"))) {
            List<String> names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList();
            assertThat(names).containsExactly(System.mapLibraryName("sqlitejdbc"));
        }
        assertThat(noTemp).doesNotExist();
    }

    private Process valuebench(Path cache, Path sqliteTemp, int index, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dorg.sqlite.tmpdir=" + sqliteTemp, "-cp",
                System.getProperty("java.class.path"), "org.valuebench.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + index).toFile())
                .redirectError(dir.resolve("err-" + index).toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("VALUEBENCH_DB");
        return builder.start();
    }
}
