package org.valuebench.app.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

/** Every case of a participant's view, made from workshops run through the real use cases on a real file. */
class ParticipantViewsTest {
    private static final Instant NOW = Instant.parse("2026-05-06T09:00:00Z");
    @TempDir
    Path dir;
    private WorkbenchFixture f;
    private WorkshopActions actions;
    private long workshop;
    private long ann;
    private long bo;
    private WorkshopChange last;

    @BeforeEach
    void setUp() {
        f = WorkbenchFixture.withCafe(dir);
        actions = new WorkshopActions().on(f.wb);
        last = actions.workshops().start(f.canvas, "Spring offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", ""), Participant.draft("Bo", "")), false);
        workshop = last.workshop().workshop().id();
        ann = id("Ann");
        bo = id("Bo");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private long id(String name) {
        return last.workshop().participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    private ParticipantView view(long who, Set<Long> own, Map<Long, String> ballots) {
        WorkshopRecord record = last.workshop();
        CanvasContent canvas = last.change().canvas().orElseThrow();
        String name = record.participant(who).orElseThrow().name();
        return ParticipantViews.of(record, canvas, new ParticipantViews.Viewer(who, name, false, own, ballots), NOW, 7);
    }

    private ParticipantView view(long who) {
        return view(who, Set.of(), Map.of());
    }

    private long card(String text) {
        return f.content().items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    private static List<String> texts(ParticipantView v) {
        return v.cards().stream().map(ParticipantView.Card::text).toList();
    }

    private void toStep(String title) {
        while (!last.workshop().currentStep().orElseThrow().title().equals(title)) {
            last = actions.workshops().nextStep(workshop);
        }
    }

    @Test
    void aPrivateStepShowsEachParticipantOnlyTheirOwnNewCardsUntilTheReveal() {
        actions.cards().addCard(workshop, Section.WANTS, "Quiet corner", ann);
        last = actions.cards().addCard(workshop, Section.WANTS, "Fast wifi", bo);

        ParticipantView a = view(ann);
        assertThat(a.seq()).isEqualTo(7);
        assertThat(a.workshop()).isEqualTo("Spring offsite");
        assertThat(a.canvas()).isEqualTo("Café");
        assertThat(a.me()).isEqualTo(new ParticipantView.Me(ann, "Ann", false));
        assertThat(a.step().title()).isEqualTo("Wants");
        assertThat(a.step().number()).isEqualTo(1);
        assertThat(a.step().of()).isEqualTo(10);
        assertThat(a.step().sections()).containsExactly(new ParticipantView.SectionRef("WANTS", "Wants"));
        assertThat(a.step().privateStep()).isTrue();
        assertThat(a.may()).isEqualTo("ADD_CARDS");
        assertThat(a.mayText()).isEqualTo("Add your ideas to Wants: they stay hidden until the facilitator reveals them");
        // the fixture's wants (no contribution, never hidden) and Ann's own card; Bo's hidden one only counted
        assertThat(texts(a)).containsExactly("Calm", "Treat", "Quiet corner");
        assertThat(a.cards()).filteredOn(ParticipantView.Card::mine).extracting(ParticipantView.Card::text)
                .containsExactly("Quiet corner");
        // hiddenCount: the hidden cards of the step's sections that this participant cannot see (not their own)
        assertThat(a.hiddenCount()).isEqualTo(1);
        ParticipantView b = view(bo);
        assertThat(texts(b)).containsExactly("Calm", "Treat", "Fast wifi");
        assertThat(b.hiddenCount()).isEqualTo(1);
        assertThat(a.vote()).isNull();
        assertThat(a.results()).isEmpty();
        assertThat(a.coming()).isEqualTo("Needs");

        last = actions.cards().reveal(workshop);
        a = view(ann);
        b = view(bo);
        assertThat(texts(a)).containsExactly("Calm", "Treat", "Quiet corner", "Fast wifi");
        assertThat(texts(b)).containsExactly("Calm", "Treat", "Quiet corner", "Fast wifi");
        assertThat(a.hiddenCount()).isZero();
        assertThat(b.cards()).filteredOn(ParticipantView.Card::mine).extracting(ParticipantView.Card::text)
                .containsExactly("Fast wifi");
    }

    @Test
    void inAnAnonymousStepOnlyTheRoomsMemoryMakesACardMine() {
        long stepId = last.workshop().currentStep().orElseThrow().id();
        actions.agenda().setPrivacy(stepId, true, true);
        last = actions.cards().addCard(workshop, Section.WANTS, "Be seen", ann);
        long seen = card("Be seen");
        assertThat(last.workshop().contributions()).extracting(Contribution::participantId)
                .containsOnly(Contribution.NOBODY);

        ParticipantView a = view(ann, Set.of(seen), Map.of());
        assertThat(a.step().anonymous()).isTrue();
        assertThat(a.cards()).filteredOn(ParticipantView.Card::mine).extracting(ParticipantView.Card::id)
                .containsExactly(seen);
        assertThat(texts(view(ann))).doesNotContain("Be seen");
        ParticipantView b = view(bo);
        assertThat(texts(b)).containsExactly("Calm", "Treat");
        assertThat(b.hiddenCount()).isEqualTo(1);
    }

    @Test
    void anOpenVoteShowsTheDotsLeftAndThisParticipantsDotsPerCard() {
        toStep("Vote");
        last = actions.voting().startVote(workshop, VoteSettings.of(List.of(Section.WANTS, Section.NEEDS)));
        long vote = last.workshop().openVote().orElseThrow().id();
        actions.voting().castDot(vote, f.calm, ann);
        actions.voting().castDot(vote, f.calm, ann);
        last = actions.voting().castDot(vote, f.coffee, bo);

        ParticipantView a = view(ann);
        assertThat(a.may()).isEqualTo("VOTE");
        assertThat(a.mayText()).isEqualTo("You have 1 of 3 dots left");
        assertThat(a.vote()).isEqualTo(new ParticipantView.VoteState(true, 3, 1, false, false,
                List.of("WANTS", "NEEDS")));
        assertThat(texts(a)).containsExactly("Calm", "Treat", "Coffee");
        assertThat(a.cards()).extracting(ParticipantView.Card::myDots).containsExactly(2, 0, 0);
        assertThat(view(bo).cards()).extracting(ParticipantView.Card::myDots).containsExactly(0, 0, 1);
        assertThat(a.results()).isEmpty();
    }

    @Test
    void aVoteOfOneDotPerCardSaysSo() {
        toStep("Vote");
        last = actions.voting().startVote(workshop, new VoteSettings(List.of(Section.WANTS), 2, true, false));
        long vote = last.workshop().openVote().orElseThrow().id();
        last = actions.voting().castDot(vote, f.treat, ann);

        ParticipantView a = view(ann);
        assertThat(a.mayText()).isEqualTo("You have 1 of 2 dots left, one per card");
        assertThat(a.vote().oneDotPerCard()).isTrue();
        assertThat(a.cards()).extracting(ParticipantView.Card::myDots).containsExactly(0, 1);
    }

    @Test
    void anAnonymousVoteFindsThisParticipantsDotsByTheBallotTheRoomKeeps() {
        toStep("Vote");
        last = actions.voting().startVote(workshop, new VoteSettings(List.of(Section.WANTS), 3, false, true));
        long vote = last.workshop().openVote().orElseThrow().id();
        actions.voting().castDot(vote, f.calm, ann);
        last = actions.voting().castDot(vote, f.calm, bo);
        String annBallot = actions.voting().ballotOf(vote, ann);
        assertThat(annBallot).isNotEqualTo(actions.voting().ballotOf(vote, bo)).doesNotStartWith("participant-");

        ParticipantView a = view(ann, Set.of(), Map.of(vote, annBallot));
        assertThat(a.vote().dotsLeft()).isEqualTo(2);
        assertThat(a.cards()).extracting(ParticipantView.Card::myDots).containsExactly(1, 0);
        ParticipantView unknown = view(bo);
        assertThat(unknown.vote().dotsLeft()).isEqualTo(3);
    }

    @Test
    void aStoppedVoteShowsTheRankedResultWithTiesSharingARank() {
        toStep("Vote");
        last = actions.voting().startVote(workshop, VoteSettings.of(List.of(Section.WANTS, Section.NEEDS)));
        long vote = last.workshop().openVote().orElseThrow().id();
        actions.voting().castDot(vote, f.coffee, ann);
        actions.voting().castDot(vote, f.coffee, bo);
        actions.voting().castDot(vote, f.calm, ann);
        actions.voting().castDot(vote, f.treat, bo);
        last = actions.voting().stopVote(vote);

        ParticipantView a = view(ann);
        assertThat(a.may()).isEqualTo("RESULTS");
        assertThat(a.vote().open()).isFalse();
        assertThat(a.results()).containsExactly(
                new ParticipantView.Result(1, f.coffee, "NEEDS", "Coffee", 2, false),
                new ParticipantView.Result(2, f.calm, "WANTS", "Calm", 1, true),
                new ParticipantView.Result(2, f.treat, "WANTS", "Treat", 1, true));
        assertThat(a.coming()).isEmpty();
    }

    @Test
    void betweenBrainstormsTheDeviceWaitsAndSaysWhatComesWithTheTimer() {
        toStep("Fit");
        last = actions.workshops().startTimer(workshop);
        Instant started = last.workshop().workshop().timerRunningSince();
        WorkshopRecord record = last.workshop();
        ParticipantView a = ParticipantViews.of(record, last.change().canvas().orElseThrow(),
                new ParticipantViews.Viewer(ann, "Ann", false, Set.of(), Map.of()), started.plusSeconds(100), 1);
        assertThat(a.may()).isEqualTo("WAIT");
        assertThat(a.mayText()).isEqualTo("The facilitator links what answers what on the canvas; watch the screen");
        assertThat(a.timer()).isEqualTo(new ParticipantView.Timer(15 * 60 - 100, true, false));
        assertThat(a.coming()).isEqualTo("Promises");
        assertThat(texts(a)).containsExactly("App", "Loyalty card", "No queue");

        long promises = record.steps().get(8).id();
        actions.agenda().skipStep(promises, true);
        last = actions.workshops().pauseTimer(workshop);
        assertThat(view(ann).coming()).isEqualTo("Vote");
        assertThat(view(ann).timer().running()).isFalse();
    }

    @Test
    void aVoteStepWithoutAVoteWaitsForTheFacilitator() {
        toStep("Vote");
        ParticipantView a = view(ann);
        assertThat(a.may()).isEqualTo("WAIT");
        assertThat(a.mayText()).isEqualTo("The vote has not started yet; the facilitator opens it");
    }

    @Test
    void aFinishedWorkshopHasEnded() {
        actions.cards().addCard(workshop, Section.WANTS, "Quiet corner", ann);
        last = actions.workshops().finish(workshop);
        ParticipantView a = view(ann);
        assertThat(a.may()).isEqualTo("ENDED");
        assertThat(a.mayText()).isEqualTo("The workshop has ended; thank you for your ideas");
        assertThat(a.cards()).isEmpty();
        assertThat(a.timer().running()).isFalse();
    }

    @Test
    void aRenamedParticipantSeesTheNameTheFacilitatorGave() {
        ParticipantView a = ParticipantViews.of(last.workshop(), last.change().canvas().orElseThrow(),
                new ParticipantViews.Viewer(ann, "Ann at the door", false, Set.of(), Map.of()), NOW, 1);
        assertThat(a.me().name()).isEqualTo("Ann");
    }
}
