package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;

class ShowCommandTest {
    private static final String CAFE_TEXT = """
            Café corner (canvas 1)
            Segment:   Commuters on the morning train
            Offering:  Espresso bar at the station
            Created:   2026-03-04 09:15 UTC
            Updated:   2026-03-04 09:15 UTC
            Notes:     Opened in spring.
                       Second line of notes.
            Fit:       75% of the customer profile's importance is answered (9 of 12)

            CUSTOMER PROFILE
              Wants
                #1  A moment of calm
                    importance 4; answered by #4
              Needs
                #2  Coffee before the 8:10 train
                    importance 5; answered by #4, #5; by Ann
              Fears
                #3  The queue makes me miss the train
                    importance 3; unanswered

            OFFERING
              Features
                #4  Order ahead in the app
                    promise, target 5; answers #1, #2
                    notes: Pilot at two stations.
              Benefits
                #5  Ready when you arrive
                    answers #2
              Experience
                #6  Jazz on the radio
                    fluff: answers nothing

            ALTERNATIVES
              Competitors
                #7  Station kiosk
              Substitutes
                (empty)

            Unanswered customer items: 1
              #3  The queue makes me miss the train (importance 3)
            Fluff, offering items that answer nothing: 1
              #6  Jazz on the radio
            """;

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
    void showsACanvasAsTextById() {
        var result = cli.run("--db", db.toString(), "show", "1");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo(CAFE_TEXT);
    }

    @Test
    void findsTheCanvasByNameIgnoringCaseAndSurroundingSpaces() {
        assertThat(cli.run("show", "  café corner ", "--db", db.toString()).out()).isEqualTo(CAFE_TEXT);
        assertThat(cli.run("show", "CAFÉ CORNER", "--db", db.toString()).out()).isEqualTo(CAFE_TEXT);
    }

    @Test
    void showsAnEmptyCanvasWithoutAScore() {
        var result = cli.run("--db", db.toString(), "show", "Call centre");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                Call centre (canvas 2)
                Created:   2026-03-04 09:15 UTC
                Updated:   2026-03-04 09:15 UTC
                Fit:       no score yet: the customer profile is empty

                CUSTOMER PROFILE
                  Wants
                    (empty)
                  Needs
                    (empty)
                  Fears
                    (empty)

                OFFERING
                  Features
                    (empty)
                  Benefits
                    (empty)
                  Experience
                    (empty)

                ALTERNATIVES
                  Competitors
                    (empty)
                  Substitutes
                    (empty)

                Unanswered customer items: 0
                Fluff, offering items that answer nothing: 0
                """);
    }

    @Test
    void showsACanvasAsJson() throws Exception {
        var result = cli.run("--db", db.toString(), "show", "Café corner", "--format", "json");

        assertThat(result.exit()).isZero();
        assertThat(result.err()).isEmpty();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(result.out())).isEqualTo(json.readTree("""
                {
                  "id": 1, "name": "Café corner", "segment": "Commuters on the morning train",
                  "offering": "Espresso bar at the station", "notes": "Opened in spring.\\nSecond line of notes.",
                  "created": "2026-03-04T09:15:30Z", "updated": "2026-03-04T09:15:30Z",
                  "sections": [
                    {"section": "WANTS", "title": "Wants", "group": "CUSTOMER", "items": [
                      {"id": 1, "position": 0, "text": "A moment of calm", "notes": "", "colour": "NONE", "author": "",
                       "importance": 4}]},
                    {"section": "NEEDS", "title": "Needs", "group": "CUSTOMER", "items": [
                      {"id": 2, "position": 0, "text": "Coffee before the 8:10 train", "notes": "", "colour": "NONE",
                       "author": "Ann", "importance": 5}]},
                    {"section": "FEARS", "title": "Fears", "group": "CUSTOMER", "items": [
                      {"id": 3, "position": 0, "text": "The queue makes me miss the train", "notes": "", "colour": "NONE",
                       "author": "", "importance": 3}]},
                    {"section": "FEATURES", "title": "Features", "group": "OFFERING", "items": [
                      {"id": 4, "position": 0, "text": "Order ahead in the app", "notes": "Pilot at two stations.",
                       "colour": "NONE", "author": "", "promise": true, "promiseTarget": 5}]},
                    {"section": "BENEFITS", "title": "Benefits", "group": "OFFERING", "items": [
                      {"id": 5, "position": 0, "text": "Ready when you arrive", "notes": "", "colour": "NONE",
                       "author": "", "promise": false, "promiseTarget": 4}]},
                    {"section": "EXPERIENCE", "title": "Experience", "group": "OFFERING", "items": [
                      {"id": 6, "position": 0, "text": "Jazz on the radio", "notes": "", "colour": "NONE",
                       "author": "", "promise": false, "promiseTarget": 4}]},
                    {"section": "COMPETITORS", "title": "Competitors", "group": "ALTERNATIVES", "items": [
                      {"id": 7, "position": 0, "text": "Station kiosk", "notes": "", "colour": "NONE", "author": ""}]},
                    {"section": "SUBSTITUTES", "title": "Substitutes", "group": "ALTERNATIVES", "items": []}
                  ],
                  "links": [
                    {"offeringItemId": 4, "customerItemId": 1},
                    {"offeringItemId": 4, "customerItemId": 2},
                    {"offeringItemId": 5, "customerItemId": 2}
                  ],
                  "fit": {"score": 0.75, "answeredWeight": 9, "totalWeight": 12, "unanswered": [3], "fluff": [6]}
                }
                """));
    }

    @Test
    void anEmptyCanvasHasANullScoreInJson() throws Exception {
        var result = cli.run("--db", db.toString(), "show", "2", "--format=json");

        var fit = new ObjectMapper().readTree(result.out()).get("fit");
        assertThat(fit.get("score").isNull()).isTrue();
        assertThat(fit.get("totalWeight").asInt()).isZero();
        assertThat(fit.get("unanswered")).isEmpty();
    }

    @Test
    void jsonIsIndentedOneValuePerLine() {
        var result = cli.run("--db", db.toString(), "show", "2", "--format", "json");

        assertThat(result.out()).startsWith("""
                {
                  "id": 2,
                  "name": "Call centre",
                """).contains("""
                  "links": [],
                  "fit": {
                    "score": null,
                """).endsWith("}\n");
    }

    @Test
    void keepsTerminalEscapesInItemTextOffTheScreen() {
        Path other = dir.resolve("escape.db");
        try (Workbench wb = TestWorkbenches.open(other, false, TestCanvases.CLOCK)) {
            long id = wb.createCanvas("Escapes").canvas().orElseThrow().canvas().id();
            wb.addItem(id, Section.COMPETITORS, "Rival\u001b]0;owned\u0007 shop\nsecond line", -1);
        }

        var result = cli.run("--db", other.toString(), "show", "Escapes");

        assertThat(result.out()).doesNotContain("\u001b").doesNotContain("\u0007")
                .contains("""
                          Competitors
                            #1  Rival ]0;owned  shop
                                second line
                        """);
    }
}
