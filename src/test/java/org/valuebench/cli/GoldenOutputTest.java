package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.store.TestWorkspaces;

/**
 * The command line's output on the sample workspace, byte for byte, against files kept in
 * {@code src/test/resources/golden}: a refactoring must not change what a user or a script reads. When a change
 * is meant, run once with {@code -Dgolden.update=true} and review the diff of the golden files.
 */
class GoldenOutputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    static Path dir;
    private static CommandLineRunner cli;

    @BeforeAll
    static void sampleWorkspace() {
        if (TestWorkspaces.onTeamServer()) {
            // The opener never seeds a team workspace: seed its database as the opener seeds a new default file.
            Path samples = dir.resolve("samples.db");
            try (Workbench workbench = TestWorkbenches.open(samples, false, CLOCK)) {
                SampleWorkspace.seed(workbench);
            }
            cli = new CommandLineRunner(Map.of("VALUEBENCH_DB", samples.toString()), dir.resolve("home"), CLOCK);
            return;
        }
        // The default location is seeded with the sample canvases and their feedback, as a new user meets it.
        cli = new CommandLineRunner(Map.of("XDG_DATA_HOME", dir.resolve("data").toString()), dir.resolve("home"),
                CLOCK);
        assertThat(cli.run("list").exit()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> theSampleWorkspaceReadsTheSameAsBefore() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(golden("list.txt", "list"));
        tests.add(golden("list.json", "list", "--format", "json"));
        for (String canvas : List.of("1", "2", "3", "4")) {
            tests.add(golden("show-" + canvas + ".txt", "show", canvas));
            tests.add(golden("show-" + canvas + ".json", "show", canvas, "--format", "json"));
            tests.add(golden("gaps-" + canvas + ".txt", "gaps", canvas));
            tests.add(golden("gaps-" + canvas + ".json", "gaps", canvas, "--format", "json"));
            tests.add(golden("strategy-" + canvas + ".txt", "strategy", canvas));
            tests.add(golden("strategy-" + canvas + ".json", "strategy", canvas, "--format", "json"));
            tests.add(golden("export-md-" + canvas + ".md", "export-md", canvas));
        }
        // The café's sample workshop left two automatic versions: what it changed, and the café now against them.
        String cafe = "Corner café";
        tests.add(golden("versions-cafe.txt", "versions", cafe));
        tests.add(golden("versions-cafe.json", "versions", cafe, "--format", "json"));
        for (String format : List.of("txt", "json", "md")) {
            tests.add(golden("diff-cafe-workshop." + format, "diff", cafe + "@Workshop started", cafe + "@2",
                    "--format", format.equals("txt") ? "text" : format));
        }
        tests.add(golden("diff-cafe-now.txt", "diff", cafe));
        return tests.stream();
    }

    private static DynamicTest golden(String name, String... args) {
        return DynamicTest.dynamicTest(String.join(" ", args), () -> {
            CommandLineRunner.Result result = cli.run(args);
            assertThat(result.err()).as("standard error of %s", String.join(" ", args)).isEmpty();
            assertThat(result.exit()).isZero();
            Path file = GOLDEN.resolve(name);
            if (Boolean.getBoolean("golden.update")) {
                write(file, result.out());
            }
            assertThat(result.out()).as("%s against %s", String.join(" ", args), file)
                    .isNotEmpty().isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        });
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
