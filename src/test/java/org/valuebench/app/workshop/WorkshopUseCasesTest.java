package org.valuebench.app.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;
import org.valuebench.app.TestWorkbenches;

class WorkshopUseCasesTest {
    @TempDir
    Path dir;
    private WorkbenchFixture f;
    private WorkshopUseCases workshops;
    private WorkshopCards cards;
    private WorkshopVoting voting;
    private WorkshopAgenda agenda;

    @BeforeEach
    void setUp() {
        f = WorkbenchFixture.withCafe(dir);
        wire(f.wb);
    }

    private void wire(Workbench wb) {
        workshops = new WorkshopUseCases(wb);
        cards = new WorkshopCards(workshops);
        voting = new WorkshopVoting(workshops);
        agenda = new WorkshopAgenda(workshops);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private WorkshopRecord start() {
        return workshops.start(f.canvas, "Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "sales"),
                Participant.draft("Bo", "operations"), Participant.draft("Cy", "finance")), false).workshop();
    }

    private long participant(WorkshopRecord r, String name) {
        return r.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long cardText(WorkshopRecord r, String text) {
        return workshops.workbench().canvas(f.canvas).items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void aShortWorkshopRunsFromStartToFinishAndEveryActionUndoes() {
        WorkshopRecord r = start();
        long id = r.workshop().id();
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Wants");

        workshops.startTimer(id);
        cards.addCard(id, Section.WANTS, "Feel at home", participant(r, "Ann"));
        cards.addCard(id, Section.WANTS, "Feel welcome", participant(r, "Bo"));
        r = cards.addCard(id, Section.WANTS, "No waiting", participant(r, "Cy")).workshop();
        assertThat(r.hiddenCount(r.currentStep().orElseThrow().id())).isEqualTo(3);
        assertThatThrownBy(() -> cards.addCard(id, Section.NEEDS, "Wifi", 0)).isInstanceOf(AppException.class)
                .hasMessageContaining("collects Wants");

        r = cards.reveal(id).workshop();
        assertThat(r.contributions()).noneMatch(Contribution::hidden);

        long home = cardText(r, "Feel at home");
        long welcome = cardText(r, "Feel welcome");
        f.wb.link(f.app, welcome);
        Item welcomeBefore = f.item(welcome);
        r = cards.merge(id, home, welcome).workshop();
        Item merged = f.item(home);
        assertThat(merged.text()).isEqualTo("Feel at home");
        assertThat(merged.notes()).contains("Feel welcome");
        assertThat(merged.author()).isEqualTo("Ann, Bo");
        assertThat(r.authorsOf(home)).containsExactly("Ann", "Bo");
        assertThat(f.content().links()).contains(new FitLink(f.app, home));
        assertThat(f.content().item(welcome)).isEmpty();
        f.wb.undo();
        assertThat(f.item(welcome)).isEqualTo(welcomeBefore);
        assertThat(f.content().links()).contains(new FitLink(f.app, welcome)).doesNotContain(new FitLink(f.app, home));
        assertThat(workshops.record(id).authorsOf(welcome)).containsExactly("Bo");
        f.wb.redo();

        for (int i = 0; i < 9; i++) {
            workshops.nextStep(id);
        }
        r = workshops.record(id);
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Vote");
        assertThat(r.steps().get(0).actualSeconds()).isPositive();
        r = voting.startVote(id, VoteSettings.of(List.of(Section.WANTS, Section.NEEDS, Section.FEARS))).workshop();
        long vote = r.openVote().orElseThrow().id();
        long noWaiting = cardText(r, "No waiting");
        for (String who : List.of("Ann", "Bo", "Cy")) {
            voting.castDot(vote, home, participant(r, who));
            voting.castDot(vote, home, participant(r, who));
            voting.castDot(vote, noWaiting, participant(r, who));
        }
        long ann = participant(r, "Ann");
        assertThatThrownBy(() -> voting.castDot(vote, f.coffee, ann)).isInstanceOf(AppException.class)
                .hasMessageContaining("Ann has placed all 3 dots");
        voting.takeBackDot(vote, noWaiting, ann);
        voting.castDot(vote, f.coffee, ann);
        assertThatThrownBy(() -> voting.applyImportance(vote)).hasMessageContaining("Stop the vote");
        voting.stopVote(vote);

        List<TallyRow> tally = voting.tally(vote);
        assertThat(tally.get(0).item().id()).isEqualTo(home);
        assertThat(tally.get(0).dots()).isEqualTo(6);
        assertThat(tally.get(1).dots()).isEqualTo(2);
        r = voting.applyImportance(vote).workshop();
        assertThat(f.item(home).importance()).isEqualTo(5);
        assertThat(f.item(f.calm).importance()).isEqualTo(1);
        assertThat(r.decisions()).extracting(Decision::kind).containsOnly(Decision.Kind.IMPORTANCE);
        f.wb.undo();
        assertThat(f.item(home).importance()).isEqualTo(3);
        assertThat(workshops.record(id).decisions()).isEmpty();
        f.wb.redo();

        r = workshops.finish(id).workshop();
        assertThat(r.workshop().state()).isEqualTo(WorkshopState.FINISHED);
        assertThat(r.workshop().endedAt()).isPresent();
        assertThat(workshops.running()).isEmpty();
        f.wb.undo();
        assertThat(workshops.running()).hasSize(1);
    }

    @Test
    void anAnonymousStepAndVoteKeepNoAuthor() {
        WorkshopRecord r = start();
        long id = r.workshop().id();
        agenda.setPrivacy(r.steps().get(0).id(), true, true);
        cards.addCard(id, Section.WANTS, "Quiet", participant(r, "Ann"));
        r = workshops.record(id);
        long quiet = cardText(r, "Quiet");
        assertThat(f.item(quiet).author()).isEmpty();
        assertThat(r.authorsOf(quiet)).isEmpty();
        cards.reveal(id);
        r = voting.startVote(id, new VoteSettings(List.of(Section.WANTS), 2, true, true)).workshop();
        long vote = r.openVote().orElseThrow().id();
        voting.castDot(vote, quiet, participant(r, "Ann"));
        assertThatThrownBy(() -> voting.castDot(vote, quiet, participant(workshops.record(id), "Ann")))
                .hasMessageContaining("one dot per card");
        assertThat(workshops.record(id).dots()).singleElement().satisfies(d -> {
            assertThat(d.participantId()).isZero();
            assertThat(d.ballot()).doesNotStartWith("participant");
        });
    }

    @Test
    void theAgendaIsEditedAndTheTimerCountsAgainstTheClock() {
        WorkshopRecord r = start();
        long id = r.workshop().id();
        long needs = r.steps().get(1).id();
        agenda.renameStep(needs, "Jobs");
        agenda.retimeStep(needs, 300);
        agenda.skipStep(r.steps().get(2).id(), true);
        agenda.moveStep(r.steps().get(9).id(), 0);
        r = workshops.record(id);
        assertThat(r.steps().get(0).title()).isEqualTo("Vote");
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Wants");
        assertThat(r.steps().get(2).title()).isEqualTo("Jobs");
        assertThat(r.steps().get(2).plannedSeconds()).isEqualTo(300);
        workshops.nextStep(id);
        r = workshops.nextStep(id).workshop();
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Features");

        r = agenda.addStep(id, AgendaStep.draft("Coffee break", List.of(Section.WANTS), "", 600,
                org.valuebench.domain.workshop.StepKind.BRAINSTORM), 0).workshop();
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Features");
        r = agenda.removeStep(r.steps().get(0).id()).workshop();
        assertThat(r.currentStep().orElseThrow().title()).isEqualTo("Features");
        cards.addCard(id, Section.FEATURES, "Wifi", 0);
        assertThatThrownBy(() -> agenda.removeStep(workshops.record(id).currentStep().orElseThrow().id()))
                .isInstanceOf(AppException.class).hasMessageContaining("skip it instead");

        workshops.addMinute(id);
        r = workshops.startTimer(id).workshop();
        assertThat(workshops.timer(r).remainingSeconds(r.workshop().timerRunningSince().plusSeconds(60)))
                .isEqualTo(8 * 60);
        r = workshops.pauseTimer(id).workshop();
        assertThat(r.currentStep().orElseThrow().actualSeconds()).isPositive();
        assertThat(r.workshop().timerRunningSince()).as("paused: the time went to the step, nothing runs on")
                .isNull();
        r = workshops.resetTimer(id).workshop();
        assertThat(r.currentStep().orElseThrow().actualSeconds()).isZero();
        assertThat(r.workshop().timerRunningSince()).isNull();
    }

    @Test
    void thePlanIsSavedAndReusedWithTheLastParticipants() {
        WorkshopPlan shortPlan = new WorkshopPlan(WorkshopPlan.standard().steps().subList(0, 3), 5, true, false);
        WorkshopRecord r = workshops.start(f.canvas, "", shortPlan, List.of(Participant.draft("Ann", "sales")), true)
                .workshop();
        assertThat(r.workshop().title()).startsWith("Workshop 20");
        assertThatThrownBy(this::start).hasMessageContaining("still running");
        workshops.finish(r.workshop().id());
        assertThat(workshops.planFor(f.canvas).steps()).hasSize(3);
        assertThat(workshops.planFor(f.canvas).dotsPerParticipant()).isEqualTo(5);
        assertThat(workshops.lastParticipants(f.canvas)).extracting(Participant::name).containsExactly("Ann");
        workshops.savePlan(f.canvas, WorkshopPlan.standard());
        assertThat(workshops.planFor(f.canvas).steps()).hasSize(10);
        f.wb.undo();
        assertThat(workshops.planFor(f.canvas).steps()).hasSize(3);
        f.wb.undo();
        f.wb.undo();
        assertThat(workshops.hasSavedPlan(f.canvas)).isFalse();
        assertThat(workshops.workshops(f.canvas)).isEmpty();
    }

    @Test
    void aWorkspaceReopenedMidWorkshopResumesAtItsStepWithTheTimerPausedAndEveryCardAndDot() {
        WorkshopRecord r = start();
        long id = r.workshop().id();
        cards.addCard(id, Section.WANTS, "Feel at home", participant(r, "Ann"));
        cards.reveal(id);
        workshops.nextStep(id);
        workshops.startTimer(id);
        r = voting.startVote(id, VoteSettings.of(List.of(Section.WANTS))).workshop();
        long vote = r.openVote().orElseThrow().id();
        voting.castDot(vote, cardText(r, "Feel at home"), participant(r, "Bo"));
        cards.addCard(id, Section.NEEDS, "Parking", participant(r, "Cy"));
        f.close();

        try (Workbench reopened = TestWorkbenches.open(f.file, true, Clock.fixed(Instant.parse("2026-05-06T12:00:00Z"),
                ZoneOffset.UTC))) {
            wire(reopened);
            assertThat(workshops.running()).extracting(w -> w.id()).containsExactly(id);
            WorkshopRecord resumed = workshops.resume(id).workshop();
            assertThat(resumed.currentStep().orElseThrow().title()).isEqualTo("Needs");
            assertThat(resumed.workshop().timerRunningSince()).isNull();
            assertThat(resumed.contributions()).hasSize(2);
            assertThat(resumed.authorsOf(cardText(resumed, "Parking"))).containsExactly("Cy");
            assertThat(resumed.isHidden(cardText(resumed, "Parking"))).isTrue();
            assertThat(resumed.dots()).hasSize(1);
            assertThat(resumed.openVote()).isPresent();
            assertThat(reopened.canvas(f.canvas).items()).extracting(Item::text).contains("Feel at home", "Parking");
        }
        f = WorkbenchFixture.withCafe(dir.resolve("again"));
    }

    @Test
    void duplicatingACanvasCopiesItsCardsNotItsWorkshops() {
        WorkshopRecord r = start();
        cards.addCard(r.workshop().id(), Section.WANTS, "Feel at home", participant(r, "Ann"));
        long copy = f.wb.duplicateCanvas(f.canvas).canvas().orElseThrow().canvas().id();
        assertThat(f.wb.canvas(copy).items()).extracting(Item::text).contains("Feel at home");
        assertThat(workshops.workshops(copy)).isEmpty();
        assertThat(workshops.workshops(f.canvas)).hasSize(1);
    }

    @Test
    void deletingACardAndUndoingBringsBackItsWorkshopRecord() {
        WorkshopRecord r = start();
        long id = r.workshop().id();
        cards.addCard(id, Section.WANTS, "Feel at home", participant(r, "Ann"));
        long home = cardText(r, "Feel at home");
        f.wb.deleteItem(home);
        assertThat(workshops.record(id).contributions()).isEmpty();
        f.wb.undo();
        assertThat(workshops.record(id).authorsOf(home)).containsExactly("Ann");
    }

    @Test
    void theLibraryShowsTheDateOfTheLastWorkshop() {
        assertThat(f.wb.library()).singleElement().satisfies(c -> assertThat(c.lastWorkshop()).isEmpty());
        WorkshopRecord r = start();
        assertThat(f.wb.library()).singleElement()
                .satisfies(c -> assertThat(c.lastWorkshop()).contains(r.workshop().started()));
    }
}
