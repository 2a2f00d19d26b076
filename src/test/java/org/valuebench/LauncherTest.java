package org.valuebench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;

/**
 * Starts the real launcher in a fresh JVM with no display, as {@code java -jar} would: the command line must
 * work there, reach the process exit status, and never load JavaFX.
 */
class LauncherTest {
    @TempDir
    Path dir;
    private Path db;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void workspace() {
        db = dir.resolve("team.db");
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T09:15:30Z"), ZoneOffset.UTC);
        try (Workbench wb = Workbenches.open(db, false, clock)) {
            long id = wb.createCanvas("Bakery").canvas().orElseThrow().canvas().id();
            wb.addItem(id, Section.NEEDS, "Fresh bread at 7", -1);
        }
    }

    @Test
    void listAndShowRunWithoutADisplayAndNeverLoadJavaFx() throws Exception {
        Path classLog = dir.resolve("classes.log");

        Run list = launch(List.of("-Xlog:class+load=info:file=" + classLog), "--db", db.toString(), "list");
        Run show = launch(List.of(), "show", "bakery", "--db", db.toString());

        assertThat(list.exit()).isZero();
        assertThat(list.out()).isEqualTo("""
                ID  NAME    ITEMS  PROMISES  LINKS  SEGMENT
                 1  Bakery      1         0      0
                """);
        assertThat(list.err()).isEmpty();
        assertThat(show.exit()).isZero();
        assertThat(show.out()).startsWith("Bakery (canvas 1)\n").contains("#1  Fresh bread at 7\n");
        assertThat(show.err()).isEmpty();
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).anyMatch(line -> line.contains("org.valuebench.cli.ListCommand"));
        assertThat(loaded).noneMatch(line -> line.contains(" javafx.") || line.contains("com.sun.javafx")
                || line.contains("org.valuebench.ui."));
    }

    @Test
    void badInputAndUsageErrorsReachTheExitStatus() throws Exception {
        Run missing = launch(List.of(), "--db", db.toString(), "show", "Tea room");
        Run usage = launch(List.of(), "--db", db.toString(), "list", "--bogus");

        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("valuebench: No canvas is called or numbered 'Tea room'")
                .doesNotContain("Exception");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("Unknown option: '--bogus'");
    }

    private Run launch(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(runtimeClassPath());
        command.add(Launcher.class.getName());
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        Map<String, String> env = builder.environment();
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("VALUEBENCH_DB");
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_DATA_HOME", dir.resolve("xdg").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(process.exitValue(), read("out.txt"), read("err.txt"));
    }

    /**
     * The test class path minus SLF4J, which only the test libraries bring in (the packaged jar has none);
     * without a provider it would warn on standard error.
     */
    private static String runtimeClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("slf4j-"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
