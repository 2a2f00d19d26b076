package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workshop.WorkshopCards;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

/** {@code valuebench workshops} and {@code workshop} on a workspace with one finished workshop. */
class WorkshopCommandTest {
    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void workspace() {
        db = dir.resolve("team.db");
        TestCanvases.cafeAndCallCentre(db);
        try (Workbench wb = TestWorkbenches.open(db, true, TestCanvases.CLOCK)) {
            long canvas = wb.resolve("Café corner").canvas().id();
            WorkshopUseCases workshops = new WorkshopUseCases(wb);
            WorkshopCards cards = new WorkshopCards(workshops);
            WorkshopVoting voting = new WorkshopVoting(workshops);
            WorkshopRecord r = workshops.start(canvas, "Kick-off", WorkshopPlan.standard(),
                    List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false).workshop();
            long id = r.workshop().id();
            long ann = r.participants().get(0).id();
            long bo = r.participants().get(1).id();
            cards.addCard(id, Section.WANTS, "Feel at home", ann);
            r = cards.addCard(id, Section.WANTS, "Feel welcome", bo).workshop();
            cards.reveal(id);
            for (int i = 0; i < 9; i++) {
                workshops.nextStep(id);
            }
            r = voting.startVote(id, VoteSettings.of(List.of(Section.WANTS))).workshop();
            long vote = r.openVote().orElseThrow().id();
            long home = r.contributions().get(0).itemId();
            long welcome = r.contributions().get(1).itemId();
            voting.castDot(vote, home, ann);
            voting.castDot(vote, welcome, ann);
            voting.castDot(vote, home, bo);
            voting.castDot(vote, welcome, bo);
            voting.stopVote(vote);
            voting.applyImportance(vote);
            workshops.finish(id);
        }
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), TestCanvases.CLOCK);
    }

    @Test
    void listsTheCanvasWorkshops() {
        var result = cli.run("--db", db.toString(), "workshops", "Café corner");

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("""
                Workshops on 'Café corner' (canvas 1): 1 workshop
                  #  Date        Title     Steps  Participants  State
                  1  2026-03-04  Kick-off     10             2  finished
                """);
        assertThat(cli.run("--db", db.toString(), "workshops", "Call centre").out()).contains("no workshops yet");
    }

    @Test
    void printsOneWorkshopWithAgendaCardsAuthorsVoteTiesAndDecisions() {
        var result = cli.run("--db", db.toString(), "workshop", "Café corner", "1");

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .startsWith("Workshop 1 on 'Café corner' (canvas 1): Kick-off, 2026-03-04, finished\n")
                .contains("Participants: Ann (sales), Bo")
                .contains("  1  Wants ")
                .contains("10:00")
                .contains("Feel at home — Ann")
                .contains("Feel welcome — Bo")
                .contains("=1       2  Feel at home")
                .contains("=1       2  Feel welcome")
                .contains("Importance 5: Feel at home");
        assertThat(cli.run("--db", db.toString(), "workshop", "Café corner").out()).isEqualTo(result.out());
        var missing = cli.run("--db", db.toString(), "workshop", "Café corner", "2");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no workshop 2");
    }

    @Test
    void writesJsonForScripts() throws Exception {
        JsonNode list = new ObjectMapper().readTree(cli.run("--db", db.toString(), "workshops", "1", "--format",
                "json").out());
        assertThat(list.get("workshops").get(0).get("title").asText()).isEqualTo("Kick-off");
        assertThat(list.get("workshops").get(0).get("participants").asInt()).isEqualTo(2);

        JsonNode one = new ObjectMapper().readTree(cli.run("--db", db.toString(), "workshop", "1", "1", "--format",
                "json").out());
        assertThat(one.get("state").asText()).isEqualTo("finished");
        assertThat(one.get("participants").toString()).isEqualTo(
                "[{\"id\":1,\"name\":\"Ann\",\"role\":\"sales\"},{\"id\":2,\"name\":\"Bo\",\"role\":\"\"}]");
        assertThat(one.get("steps")).hasSize(10);
        assertThat(one.get("steps").get(0).get("plannedSeconds").asInt()).isEqualTo(600);
        assertThat(one.get("steps").get(0).get("cards").get(0).get("authors").toString()).isEqualTo("[\"Ann\"]");
        JsonNode vote = one.get("votes").get(0);
        assertThat(vote.get("dotsPerParticipant").asInt()).isEqualTo(3);
        assertThat(vote.get("results").get(0).get("dots").asInt()).isEqualTo(2);
        assertThat(vote.get("results").get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(vote.get("results").get(0).get("tied").asBoolean()).isTrue();
        assertThat(one.get("decisions").get(0).get("kind").asText()).isEqualTo("importance");
    }
}
