package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.Item;
import org.valuebench.domain.history.CanvasVersion;

/** {@code valuebench versions}, {@code save-version}, and the history in {@code export-json}/{@code import-json}. */
class VersionsCommandTest {
    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void workspace() {
        db = dir.resolve("ws.db");
        TestCanvases.cafeAndCallCentre(db);
        cli = new CommandLineRunner(java.util.Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void aSavedVersionIsListedAsTextAndAsSortedJson() throws Exception {
        var saved = cli.run("--db", db.toString(), "save-version", "Café corner", " Before the board ");
        assertThat(saved.exit()).isZero();
        assertThat(saved.out()).isEqualTo("Saved version 1 of 'Café corner': Before the board\n");
        cli.run("--db", db.toString(), "save-version", "1", "Second");

        var text = cli.run("--db", db.toString(), "versions", "Café corner");
        // A team workspace knows who took each version (its user); a file does not.
        String by = org.valuebench.store.TestWorkspaces.onTeamServer() ? "  by postgres" : "";
        assertThat(text.out()).isEqualTo("Versions of 'Café corner' (newest first):\n"
                + "  2  2026-03-04 09:15 UTC  Second" + by + "  · no changes\n"
                + "  1  2026-03-04 09:15 UTC  Before the board" + by + "\n");
        JsonNode json = new ObjectMapper().readTree(cli.run("--db", db.toString(), "versions", "1", "--format",
                "json").out());
        assertThat(json.get("canvas").asText()).isEqualTo("Café corner");
        assertThat(json.get("versions").get(0).get("number").asInt()).isEqualTo(2);
        assertThat(json.get("versions").get(1).get("name").asText()).isEqualTo("Before the board");
        assertThat(json.get("versions").get(1).get("cause").asText()).isEqualTo("saved");
        assertThat(json.get("versions").get(1).get("takenAt").asText()).isEqualTo("2026-03-04T09:15:30Z");
        assertThat(cli.run("--db", db.toString(), "versions", "Call centre").out()).contains("no versions yet");
    }

    @Test
    void aBadNameOrCanvasIsToldAndNothingIsSaved() {
        var blank = cli.run("--db", db.toString(), "save-version", "Café corner", "  ");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err()).contains("A version needs a name").doesNotContain("Exception");
        var missing = cli.run("--db", db.toString(), "versions", "Tea room");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("No canvas is called or numbered 'Tea room'");
        assertThat(cli.run("--db", db.toString(), "versions", "Café corner").out()).contains("no versions yet");
    }

    @Test
    void exportWithHistoryCarriesTheVersionsAndImportBringsThemBack() throws Exception {
        try (Workbench wb = org.valuebench.app.TestWorkbenches.open(db, false, TestCanvases.CLOCK)) {
            long cafe = wb.resolve("Café corner").canvas().id();
            new HistoryUseCases(wb).save(cafe, "Spring");
            wb.deleteItem(wb.canvas(cafe).items().get(0).id());
            new HistoryUseCases(wb).save(cafe, "Summer");
        }
        Path file = dir.resolve("cafe.json");
        assertThat(cli.run("--db", db.toString(), "export-json", "Café corner", "--with-history", "-o",
                file.toString()).exit()).isZero();
        assertThat(Files.readString(file)).contains("\"history\"");
        Path other = dir.resolve("other.db");
        var imported = cli.run("--db", other.toString(), "import-json", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 versions");
        try (Workbench wb = org.valuebench.app.TestWorkbenches.open(other, false, TestCanvases.CLOCK)) {
            long copy = wb.resolve("Café corner").canvas().id();
            HistoryUseCases history = new HistoryUseCases(wb);
            assertThat(history.versions(copy)).extracting(CanvasVersion::name).containsExactly("Summer", "Spring");
            CanvasVersion spring = history.versions(copy).get(1);
            assertThat(history.snapshot(spring.id()).content().items()).hasSize(wb.canvas(copy).items().size() + 1);
            CanvasVersion summer = history.versions(copy).get(0);
            assertThat(history.snapshot(summer.id()).content().items()).extracting(Item::id)
                    .containsExactlyInAnyOrderElementsOf(wb.canvas(copy).items().stream().map(Item::id).toList());
        }
        assertThat(cli.run("--db", db.toString(), "export-json", "Café corner").out()).doesNotContain("\"history\"");
    }

    @Test
    void aMalformedHistoryBlockIsRefusedNamingWhereAndNothingIsImported() throws Exception {
        try (Workbench wb = org.valuebench.app.TestWorkbenches.open(db, false, TestCanvases.CLOCK)) {
            new HistoryUseCases(wb).save(wb.resolve("Café corner").canvas().id(), "Spring");
        }
        Path file = dir.resolve("cafe.json");
        cli.run("--db", db.toString(), "export-json", "Café corner", "--with-history", "-o", file.toString());
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, json.replaceFirst("\"content\": \"", "\"content\": \"!!"));
        Path other = dir.resolve("other.db");
        var refused = cli.run("--db", other.toString(), "import-json", file.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("history").contains("versions[0]").contains("content")
                .doesNotContain("Exception");
        assertThat(cli.run("--db", other.toString(), "list").out()).doesNotContain("Café corner");
    }
}
