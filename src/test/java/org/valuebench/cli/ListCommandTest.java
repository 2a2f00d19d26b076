package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;

class ListCommandTest {
    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void workspace() {
        db = dir.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void listsCanvasesAsAlignedTableSortedByName() {
        var result = cli.run("--db", db.toString(), "list");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                ID  NAME         ITEMS  PROMISES  LINKS  SEGMENT
                 1  Café corner      7         1      3  Commuters on the morning train
                 2  Call centre      0         0      0
                """);
    }

    @Test
    void listsCanvasesAsJsonWithCountsPerGroup() {
        var result = cli.run("list", "--format", "json", "--db", db.toString());

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                [
                  {
                    "id": 1,
                    "name": "Café corner",
                    "segment": "Commuters on the morning train",
                    "updated": "2026-03-04T09:15:30Z",
                    "items": 7,
                    "customerItems": 3,
                    "offeringItems": 3,
                    "alternativeItems": 1,
                    "promises": 1,
                    "links": 3
                  },
                  {
                    "id": 2,
                    "name": "Call centre",
                    "segment": "",
                    "updated": "2026-03-04T09:15:30Z",
                    "items": 0,
                    "customerItems": 0,
                    "offeringItems": 0,
                    "alternativeItems": 0,
                    "promises": 0,
                    "links": 0
                  }
                ]
                """);
    }

    @Test
    void formatNameIsCaseInsensitive() {
        assertThat(cli.run("--db", db.toString(), "list", "--format", "JSON").out()).startsWith("[\n  {\n    \"id\": 1,");
        assertThat(cli.run("--db", db.toString(), "list", "--format=Table").out()).startsWith("ID  NAME ");
    }

    @Test
    void cutsLongNamesAndKeepsEveryCellOnOneLine() {
        Path other = dir.resolve("long.db");
        try (Workbench wb = TestWorkbenches.open(other, false, TestCanvases.CLOCK)) {
            long id = wb.createCanvas("A very long canvas name that goes on and on and on").canvas().orElseThrow()
                    .canvas().id();
            wb.updateCanvasInfo(id, "A very long canvas name that goes on and on and on",
                    "Two\nlines\tand a\u001b[31m red escape", "", "");
        }

        var result = cli.run("--db", other.toString(), "list");

        assertThat(result.out()).isEqualTo("""
                ID  NAME                                      ITEMS  PROMISES  LINKS  SEGMENT
                 1  A very long canvas name that goes on an…      0         0      0  Two lines and a [31m red escape
                """);
    }

    @Test
    void anEmptyWorkspaceSaysSoInTheTableAndIsAnEmptyJsonArray() {
        Path empty = dir.resolve("new-folder/empty.db");

        // --create: the folder of a --db file is made only when asked for.
        var table = cli.run("list", "--create", "--db", empty.toString());
        var json = cli.run("list", "--db", empty.toString(), "--format", "json");

        assertThat(table.exit()).isZero();
        assertThat(table.out()).isEqualTo("No canvases in " + CommandLineRunner.where(empty) + "\n");
        assertThat(json.out()).isEqualTo("[]\n");
    }

    @Test
    void withoutDbUsesTheEnvironmentVariable() {
        var fromEnv = new CommandLineRunner(Map.of("VALUEBENCH_DB", db.toString()), dir.resolve("home"),
                TestCanvases.CLOCK);

        var result = fromEnv.run("list", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("\"name\": \"Café corner\"");
    }

    @Test
    void dbOptionWinsOverTheEnvironmentVariable() {
        Path other = dir.resolve("other.db");
        var fromEnv = new CommandLineRunner(Map.of("VALUEBENCH_DB", other.toString()), dir.resolve("home"),
                TestCanvases.CLOCK);

        var result = fromEnv.run("list", "--db", db.toString());

        assertThat(result.out()).contains("Café corner");
    }

    @Test
    void withoutDbOrEnvironmentOpensTheDefaultWorkspaceSeededWithTheSamples() {
        Path xdg = dir.resolve("xdg-data");
        var defaults = new CommandLineRunner(Map.of("XDG_DATA_HOME", xdg.toString()), dir.resolve("home"),
                TestCanvases.CLOCK);

        var result = defaults.run("list", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(xdg.resolve("valuebench/workspace.db")).isRegularFile();
        SampleWorkspace.canvases().forEach(c -> assertThat(result.out()).contains("\"name\": \"" + c.canvas().name() + "\""));
    }
}
