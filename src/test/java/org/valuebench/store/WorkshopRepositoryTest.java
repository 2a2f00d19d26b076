package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.DefaultAgenda;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

class WorkshopRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-05-06T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWholeWorkshopIsFoundAgainAfterReopening() {
        Path file = dir.resolve("ws.db");
        long workshopId;
        long calm;
        try (Workspace ws = TestWorkspaces.open(file, true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            calm = ws.items().append(Item.draft(canvas, Section.WANTS, "Calm")).id();
            Workshop w = ws.workshops().insert(Workshop.draft(canvas, "Kick-off", T0));
            workshopId = w.id();
            List<AgendaStep> steps = ws.workshops().insertSteps(workshopId, DefaultAgenda.steps());
            Participant ann = ws.workshops().insertParticipant(workshopId, Participant.draft("Ann", "sales"));
            ws.workshops().insertContribution(new Contribution(0, calm, steps.get(0).id(), ann.id(), true));
            Vote vote = ws.workshopVotes().insertVote(new Vote(0, workshopId, steps.get(9).id(),
                    VoteSettings.of(List.of(Section.WANTS)), true));
            ws.workshopVotes().insertDot(Dot.cast(vote.id(), calm, "participant-" + ann.id(), ann.id()));
            ws.workshopVotes().insertDecision(new Decision(0, workshopId, vote.id(), calm, Decision.Kind.IMPORTANCE, 5));
            ws.workshops().update(w.atStep(3).withTimer(w.atStep(3).timer(steps.get(3)).started(T0)));
        }
        try (Workspace ws = TestWorkspaces.open(file, true)) {
            WorkshopRecord record = ws.workshops().record(workshopId).orElseThrow();
            assertThat(record.workshop().currentStep()).isEqualTo(3);
            assertThat(record.workshop().timerRunningSince()).isEqualTo(T0);
            assertThat(record.steps()).extracting(AgendaStep::title).hasSize(10).startsWith("Wants", "Needs");
            assertThat(record.steps().get(6).sections()).containsExactly(Section.COMPETITORS, Section.SUBSTITUTES);
            assertThat(record.participants()).extracting(Participant::label).containsExactly("Ann (sales)");
            assertThat(record.isHidden(calm)).isTrue();
            assertThat(record.authorsOf(calm)).containsExactly("Ann");
            assertThat(record.dots()).singleElement().extracting(Dot::itemId).isEqualTo(calm);
            assertThat(record.decisions()).singleElement().extracting(Decision::value).isEqualTo(5);
            assertThat(ws.workshops().running()).extracting(Workshop::id).containsExactly(workshopId);
        }
    }

    @Test
    void anAnonymousContributionAndDotStoreNothingAboutTheAuthor() throws SQLException {
        Path file = dir.resolve("ws.db");
        try (Workspace ws = TestWorkspaces.open(file, true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            long calm = ws.items().append(Item.draft(canvas, Section.WANTS, "Calm")).id();
            long workshopId = ws.workshops().insert(Workshop.draft(canvas, "Kick-off", T0)).id();
            AgendaStep step = ws.workshops().insertSteps(workshopId, List.of(DefaultAgenda.steps().get(0)
                    .withPrivacy(true, true))).get(0);
            ws.workshops().insertParticipant(workshopId, Participant.draft("Ann", "sales"));
            ws.workshops().insertContribution(new Contribution(0, calm, step.id(), Contribution.NOBODY, true));
            Vote vote = ws.workshopVotes().insertVote(new Vote(0, workshopId, step.id(),
                    new VoteSettings(List.of(Section.WANTS), 3, false, true), true));
            ws.workshopVotes().insertDot(Dot.cast(vote.id(), calm, "3f2a9c", 0));
        }
        try (Workspace ws = TestWorkspaces.open(file, false)) {
            ws.transaction(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(count(s, "SELECT count(*) FROM contribution WHERE participant_id IS NOT NULL")).isZero();
                    assertThat(count(s, "SELECT count(*) FROM dot WHERE participant_id IS NOT NULL")).isZero();
                    assertThat(count(s, "SELECT count(*) FROM dot")).isEqualTo(1);
                }
                return null;
            });
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void deletingTheCanvasOrACardTakesItsWorkshopRowsWithIt() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            long calm = ws.items().append(Item.draft(canvas, Section.WANTS, "Calm")).id();
            long workshopId = ws.workshops().insert(Workshop.draft(canvas, "Kick-off", T0)).id();
            AgendaStep step = ws.workshops().insertSteps(workshopId, DefaultAgenda.steps()).get(0);
            ws.workshops().insertContribution(new Contribution(0, calm, step.id(), 0, false));
            ws.items().delete(calm);
            assertThat(ws.workshops().record(workshopId).orElseThrow().contributions()).isEmpty();
            ws.canvases().delete(canvas);
            assertThat(ws.workshops().find(workshopId)).isEmpty();
        }
    }

    @Test
    void aPlanIsSavedPerCanvasAndParticipantsComeFromTheLastWorkshop() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            assertThat(ws.workshops().plan(canvas)).isEmpty();
            List<AgendaStep> steps = DefaultAgenda.steps().subList(0, 2);
            ws.workshops().savePlan(canvas, new WorkshopPlan(steps, 5, true, true));
            ws.workshops().savePlan(canvas, new WorkshopPlan(steps, 4, true, false));
            WorkshopPlan plan = ws.workshops().plan(canvas).orElseThrow();
            assertThat(plan.steps()).isEqualTo(steps);
            assertThat(plan.dotsPerParticipant()).isEqualTo(4);
            assertThat(plan.anonymousVote()).isFalse();

            long first = ws.workshops().insert(Workshop.draft(canvas, "One", T0)).id();
            ws.workshops().insertParticipant(first, Participant.draft("Ann", "sales"));
            long second = ws.workshops().insert(Workshop.draft(canvas, "Two", T0.plusSeconds(86_400))).id();
            ws.workshops().insertParticipant(second, Participant.draft("Bo", ""));
            ws.workshops().insertParticipant(second, Participant.draft("Cy", "finance"));
            assertThat(ws.workshops().lastParticipants(canvas)).extracting(Participant::label)
                    .containsExactly("Bo", "Cy (finance)");
            assertThat(ws.workshops().byCanvas(canvas)).extracting(Workshop::title).containsExactly("One", "Two");
        }
    }

    @Test
    @Tag("sqlite-only") // the upgrade of an older SQLite file
    void anOlderWorkspaceUpgradesToTheWorkshopSchemaWithABackup() throws Exception {
        Path file = OlderWorkspace.atSchema(dir.resolve("old.db"), 5);
        List<Path> told = new ArrayList<>();
        try (Workspace ws = Workspace.open(file, false, told::add)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            assertThat(ws.workshops().byCanvas(canvas)).isEmpty();
        }
        assertThat(told).hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("old.db.before-migration-")))
                    .hasSize(1);
        }
    }
}
