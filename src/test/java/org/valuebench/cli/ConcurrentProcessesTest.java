package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate ValueBench processes on one workspace file at once, as a script running commands in parallel makes. */
@Tag("sqlite-only") // processes creating and locking one new file at once
class ConcurrentProcessesTest {
    private static final int PROCESSES = 8;

    @TempDir
    Path dir;

    @Test
    void eightProcessesCreatingOneNewWorkspaceAtOnceAllSucceed() throws Exception {
        Path file = dir.resolve("new.db");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            processes.add(valuebench(i, "--db", file.toString(), "list"));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Process p = processes.get(i);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            if (p.exitValue() != 0) {
                failures.add("process " + i + " exit " + p.exitValue() + ": "
                        + Files.readString(dir.resolve("err-" + i), StandardCharsets.UTF_8));
            }
        }
        assertThat(failures).isEmpty();
        Process check = valuebench(PROCESSES, "--db", file.toString(), "list");
        assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(check.exitValue()).isZero();
    }

    private Process valuebench(int index, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.valuebench.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out-" + index).toFile())
                .redirectError(dir.resolve("err-" + index).toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString()); // not the user's own
        return builder.start();
    }
}
