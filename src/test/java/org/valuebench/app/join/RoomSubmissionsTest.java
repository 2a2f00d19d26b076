package org.valuebench.app.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.VoteSettings;

/** Cards and dots from devices: checked against the step, once per submission id, within the limits. */
class RoomSubmissionsTest {
    private static final String C = RoomFixture.CLIENT;
    @TempDir
    Path dir;
    private RoomFixture x;
    private String ann;
    private String bo;

    @BeforeEach
    void setUp() {
        x = new RoomFixture(dir);
        x.open(false);
        ann = x.join("Ann").token();
        bo = x.join("Bo").token();
    }

    @AfterEach
    void tearDown() {
        x.access.gate = null;
        x.close();
    }

    private static RoomRefusal refused(Runnable call) {
        return catchThrowableOfType(call::run, RoomRefusal.class);
    }

    private void toStep(String title) {
        while (!x.record().currentStep().orElseThrow().title().equals(title)) {
            x.windowDoes(a -> a.workshops().nextStep(x.workshop));
        }
    }

    private long card(String text) {
        return x.f.content().items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void aCardGoesThroughTheUseCaseIsUndoableAndStaysHiddenFromOthersInAPrivateStep() {
        ParticipantView v = x.room.addCard(ann, "s-1", "wants", "  Quiet corner ", C);
        long quiet = card("Quiet corner");
        assertThat(v.cards()).filteredOn(ParticipantView.Card::mine).extracting(ParticipantView.Card::id)
                .containsExactly(quiet);
        assertThat(x.record().contributions()).containsExactly(new Contribution(
                x.record().contributions().get(0).id(), quiet, x.record().currentStep().orElseThrow().id(), x.ann, true));
        assertThat(x.f.item(quiet).author()).isEqualTo("Ann");
        ParticipantView b = x.room.view(bo, C);
        assertThat(b.cards()).extracting(ParticipantView.Card::text).doesNotContain("Quiet corner");
        assertThat(b.hiddenCount()).isEqualTo(1);
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::cardsAdded).containsExactly(1, 0);
        assertThat(x.statuses).last().extracting(s -> s.members().get(0).cardsAdded()).isEqualTo(1);
        assertThat(x.f.wb.undoState().undoLabel()).contains("Add card");
        x.windowDoes(a -> new org.valuebench.app.workshop.WorkshopChange(x.f.wb.undo(), x.record()));
        assertThat(x.f.content().item(quiet)).isEmpty();
    }

    @Test
    void aCardOutsideTheStepsSectionsOrLimitsIsRefusedAndNothingChanges() {
        assertThat(x.room.addCard(ann, "x".repeat(64), "WANTS", "ok", C).may()).isEqualTo("ADD_CARDS");
        int before = x.cardsOnCanvas();
        assertThat(refused(() -> x.room.addCard(ann, "a", "SNACKS", "x", C)).kind())
                .isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        RoomRefusal closed = refused(() -> x.room.addCard(ann, "b", "NEEDS", "Wifi", C));
        assertThat(closed.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(closed).hasMessage("The step Wants takes cards for Wants, not Needs");
        RoomRefusal tooLong = refused(() -> x.room.addCard(ann, "c", "WANTS", "w".repeat(2001), C));
        assertThat(tooLong.kind()).isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(tooLong).hasMessageContaining("2001").hasMessageContaining("2000");
        assertThat(refused(() -> x.room.addCard(ann, "d", "WANTS", " \n ", C)).kind())
                .isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refused(() -> x.room.addCard(ann, "", "WANTS", "ok", C)).kind())
                .isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refused(() -> x.room.addCard(ann, "x".repeat(65), "WANTS", "ok", C)).kind())
                .isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refused(() -> x.room.addCard(ann, "a b", "WANTS", "ok", C)).kind())
                .isEqualTo(RoomRefusal.Kind.BAD_REQUEST);
        assertThat(refused(() -> x.room.addCard("forged", "e", "WANTS", "ok", C)).kind())
                .isEqualTo(RoomRefusal.Kind.NOT_JOINED);
        toStep("Fit");
        RoomRefusal fit = refused(() -> x.room.addCard(ann, "f", "FEATURES", "Kiosk", C));
        assertThat(fit.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(fit).hasMessage("No step takes cards now (the step is Fit)");
        assertThat(x.cardsOnCanvas()).isEqualTo(before);
    }

    @Test
    void theUseCasesRefusalReachesTheDeviceWithItsMessage() {
        x.access.act(a -> a.workshops().nextStep(x.workshop));
        // the room has not been shown the step change yet: the use case refuses on the database thread
        RoomRefusal r = refused(() -> x.room.addCard(ann, "late", "WANTS", "Too late", C));
        assertThat(r.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(r).hasMessage("The step Needs collects Needs, not Wants");
        x.room.show(x.record(), x.f.content());
        assertThat(x.room.addCard(ann, "late", "NEEDS", "Now right", C).cards()).extracting(ParticipantView.Card::text)
                .contains("Now right");
    }

    @Test
    void inAnAnonymousStepTheFileDoesNotLinkTheCardButTheDeviceKnowsItsOwn() {
        long step = x.record().currentStep().orElseThrow().id();
        x.windowDoes(a -> a.agenda().setPrivacy(step, true, true));
        ParticipantView v = x.room.addCard(ann, "s-1", "WANTS", "Be seen", C);
        long seen = card("Be seen");
        assertThat(x.record().contributions()).extracting(Contribution::participantId).containsOnly(Contribution.NOBODY);
        assertThat(x.f.item(seen).author()).isEmpty();
        assertThat(v.cards()).filteredOn(ParticipantView.Card::mine).extracting(ParticipantView.Card::id)
                .containsExactly(seen);
        assertThat(x.room.view(bo, C).cards()).extracting(ParticipantView.Card::id).doesNotContain(seen);
    }

    @Test
    void theSameSubmissionIdAgainIsAnsweredWithoutASecondCard() {
        int before = x.cardsOnCanvas();
        x.room.addCard(ann, "same", "WANTS", "Once", C);
        ParticipantView again = x.room.addCard(ann, "same", "WANTS", "Once", C);
        assertThat(x.cardsOnCanvas()).isEqualTo(before + 1);
        assertThat(again.cards()).extracting(ParticipantView.Card::text).containsOnlyOnce("Once");
        // ids are per participant: Bo's "same" is Bo's own
        x.room.addCard(bo, "same", "WANTS", "Bo too", C);
        assertThat(x.cardsOnCanvas()).isEqualTo(before + 2);
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningWaitsForItAndAddsNothing() throws Exception {
        int before = x.cardsOnCanvas();
        x.access.entered = new CountDownLatch(1);
        x.access.gate = new CountDownLatch(1);
        CompletableFuture<ParticipantView> first = CompletableFuture.supplyAsync(
                () -> x.room.addCard(ann, "slow", "WANTS", "Slow network", C));
        assertThat(x.access.entered.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ParticipantView> retry = CompletableFuture.supplyAsync(
                () -> x.room.addCard(ann, "slow", "WANTS", "Slow network", C));
        Thread.sleep(200);
        assertThat(retry).isNotDone();
        // the room's lock is free while the use case runs: the window may show and read meanwhile
        CompletableFuture<Void> window = CompletableFuture.runAsync(() -> {
            x.room.show(x.actions.workshops().record(x.workshop), x.f.content());
            x.room.status();
        });
        window.get(5, TimeUnit.SECONDS);
        x.access.gate.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).cards()).extracting(ParticipantView.Card::text)
                .contains("Slow network");
        assertThat(retry.get(5, TimeUnit.SECONDS).cards()).extracting(ParticipantView.Card::text)
                .containsOnlyOnce("Slow network");
        assertThat(x.cardsOnCanvas()).isEqualTo(before + 1);
        assertThat(x.access.acts).isEqualTo(1);
    }

    @Test
    void dotsGoOnTheOpenVotesCardsWithinTheParticipantsDots() {
        assertThat(refused(() -> x.room.dot(ann, "d0", x.f.calm, true, C)).kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        toStep("Vote");
        x.windowDoes(a -> a.voting().startVote(x.workshop, new VoteSettings(List.of(Section.WANTS), 2, true, false)));
        long vote = x.record().openVote().orElseThrow().id();
        ParticipantView v = x.room.dot(ann, "d1", x.f.calm, true, C);
        assertThat(v.may()).isEqualTo("VOTE");
        assertThat(v.vote().dotsLeft()).isEqualTo(1);
        assertThat(v.cards()).filteredOn(c -> c.id() == x.f.calm).extracting(ParticipantView.Card::myDots)
                .containsExactly(1);
        RoomRefusal twice = refused(() -> x.room.dot(ann, "d2", x.f.calm, true, C));
        assertThat(twice.kind()).isEqualTo(RoomRefusal.Kind.FORBIDDEN);
        assertThat(twice).hasMessage("Ann already has a dot on 'Calm'; this vote allows one dot per card");
        assertThat(refused(() -> x.room.dot(ann, "d3", x.f.coffee, true, C)).kind()).isEqualTo(RoomRefusal.Kind.NOT_FOUND);
        assertThat(refused(() -> x.room.dot(ann, "d4", 999_999, true, C)).kind()).isEqualTo(RoomRefusal.Kind.NOT_FOUND);
        x.room.dot(ann, "d5", x.f.treat, true, C);
        RoomRefusal noneLeft = refused(() -> x.room.dot(ann, "d6", x.f.treat, true, C));
        assertThat(noneLeft).hasMessageContaining("placed all 2 dots");
        RoomRefusal noDot = refused(() -> x.room.dot(bo, "d7", x.f.treat, false, C));
        assertThat(noDot).hasMessage("Bo has no dot on this card");
        ParticipantView back = x.room.dot(ann, "d8", x.f.treat, false, C);
        assertThat(back.vote().dotsLeft()).isEqualTo(1);
        assertThat(x.record().dotsOf(vote)).extracting(Dot::itemId).containsExactly(x.f.calm);
    }

    @Test
    void aVoteReplayedAHundredTimesIsOneDot() {
        toStep("Vote");
        x.windowDoes(a -> a.voting().startVote(x.workshop, VoteSettings.of(List.of(Section.WANTS))));
        long vote = x.record().openVote().orElseThrow().id();
        for (int i = 0; i < 100; i++) {
            x.room.dot(ann, "replayed", x.f.calm, true, C);
        }
        assertThat(x.record().dotsOf(vote)).hasSize(1);
    }

    @Test
    void anAnonymousVoteShowsTheDeviceItsOwnDotsThoughTheFileDoesNotNameIt() {
        toStep("Vote");
        x.windowDoes(a -> a.voting().startVote(x.workshop, new VoteSettings(List.of(Section.WANTS), 3, false, true)));
        long vote = x.record().openVote().orElseThrow().id();
        x.room.dot(ann, "a1", x.f.calm, true, C);
        ParticipantView v = x.room.dot(ann, "a2", x.f.calm, true, C);
        x.room.dot(bo, "b1", x.f.treat, true, C);
        assertThat(v.vote().dotsLeft()).isEqualTo(1);
        assertThat(x.room.view(ann, C).cards()).extracting(ParticipantView.Card::myDots).containsExactly(2, 0);
        assertThat(x.room.view(bo, C).cards()).extracting(ParticipantView.Card::myDots).containsExactly(0, 1);
        assertThat(x.record().dotsOf(vote)).extracting(Dot::participantId).containsOnly(0L);
    }

    @Test
    void thirtyCardsAndAHundredAndTwentyRequestsAMinute() {
        for (int i = 0; i < 30; i++) {
            x.room.addCard(ann, "c" + i, "WANTS", "Idea " + i, C);
        }
        RoomRefusal cards = refused(() -> x.room.addCard(ann, "c30", "WANTS", "One more", C));
        assertThat(cards.kind()).isEqualTo(RoomRefusal.Kind.TOO_MANY);
        assertThat(cards.retryAfterSeconds()).isEqualTo(60);
        assertThat(x.room.addCard(ann, "c3", "WANTS", "Idea 3", C)).isNotNull();
        x.clock.pass(Duration.ofSeconds(60));
        x.room.addCard(ann, "c30", "WANTS", "One more", C);

        for (int i = 0; i < 120; i++) {
            x.room.view(bo, C);
        }
        RoomRefusal requests = refused(() -> x.room.view(bo, C));
        assertThat(requests.kind()).isEqualTo(RoomRefusal.Kind.TOO_MANY);
        assertThat(requests.retryAfterSeconds()).isEqualTo(60);
        x.clock.pass(Duration.ofSeconds(30));
        assertThat(refused(() -> x.room.addCard(bo, "b", "WANTS", "Blocked", C)).kind())
                .isEqualTo(RoomRefusal.Kind.TOO_MANY);
        assertThat(x.room.view(ann, C)).isNotNull();
        x.clock.pass(Duration.ofSeconds(30));
        assertThat(x.room.view(bo, C)).isNotNull();
    }

    @Test
    void followersGetTheirViewNowAndAfterEveryChangeWithGrowingSeq() throws Exception {
        List<ParticipantView> seen = new ArrayList<>();
        AutoCloseable handle = x.room.follow(bo, C, seen::add, () -> seen.add(null));
        assertThat(seen).hasSize(1);
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::connected).containsExactly(false, true);
        x.room.addCard(ann, "s", "WANTS", "Quiet corner", C);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).seq()).isGreaterThan(seen.get(0).seq());
        assertThat(seen.get(1).hiddenCount()).isEqualTo(1);
        x.windowDoes(a -> a.cards().reveal(x.workshop));
        assertThat(seen).hasSize(3);
        assertThat(seen.get(2).cards()).extracting(ParticipantView.Card::text).contains("Quiet corner");
        assertThat(seen.get(2).seq()).isGreaterThan(seen.get(1).seq());
        handle.close();
        assertThat(x.room.status().members()).extracting(RoomStatus.Member::connected).containsExactly(false, false);
        x.windowDoes(a -> a.workshops().nextStep(x.workshop));
        assertThat(seen).hasSize(3).doesNotContainNull();
    }

    @Test
    void aListenerThatFailsDoesNotStopTheOthers() {
        List<ParticipantView> seen = new ArrayList<>();
        x.room.follow(ann, C, v -> {
            throw new IllegalStateException("the stream broke");
        }, () -> { });
        x.room.follow(bo, C, seen::add, () -> { });
        x.windowDoes(a -> a.workshops().nextStep(x.workshop));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).step().title()).isEqualTo("Needs");
        assertThat(x.room.view(ann, C).step().title()).isEqualTo("Needs");
    }
}
