package org.valuebench.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The facilitator's console model on a real workspace file, every use case run at once on the calling thread. */
class WorkshopViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private final ManualTicker ticker = new ManualTicker();
    private final MovingClock clock = new MovingClock();
    private WorkshopViewModel console;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dir.resolve("workshop.db"));
        fixture.workbench.createCanvas("Café");
        console = new WorkshopViewModel(fixture.workbench, ticker, clock, new ScriptedWorkshopDialogs());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private WorkshopRecord shown() {
        return console.session().recordProperty().get();
    }

    private long participant(String name) {
        return shown().participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long card(String text) {
        return fixture.shown().items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    private void addFor(String who, String text) {
        console.participantProperty().set(participant(who));
        console.addCard(Section.WANTS, text);
    }

    @Test
    void aWholeShortWorkshopRunsThroughTheConsoleAndEveryStepIsCommitted() {
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "sales"),
                Participant.draft("Bo", "operations"), Participant.draft("Cy", "finance")), false);
        assertThat(console.session().runningProperty().get()).isTrue();
        assertThat(console.stepTitleProperty().get()).isEqualTo("Wants");
        assertThat(console.positionProperty().get()).isEqualTo("Step 1 of 10");
        assertThat(fixture.workbench.undoTextProperty().get()).contains("Start workshop");

        console.startTimer();
        assertThat(ticker.running()).isTrue();
        clock.seconds += 5;
        ticker.tick();
        assertThat(console.session().nowProperty().get()).isEqualTo(clock.instant());

        addFor("Ann", "Feel at home");
        addFor("Bo", "Feel welcome");
        addFor("Cy", "No waiting");
        assertThat(console.hiddenTextProperty().get()).isEqualTo("3 ideas in, hidden");
        assertThat(console.canRevealProperty().get()).isTrue();
        console.reveal();
        assertThat(console.hiddenTextProperty().get()).isEmpty();
        assertThat(console.canRevealProperty().get()).isFalse();

        long home = card("Feel at home");
        long welcome = card("Feel welcome");
        fixture.dialogs.confirmations.push(true);
        console.merge(home, welcome);
        assertThat(fixture.shown().item(welcome)).isEmpty();
        assertThat(shown().authorsOf(home)).containsExactly("Ann", "Bo");
        fixture.workbench.undo();
        assertThat(fixture.shown().item(welcome)).isPresent();
        assertThat(shown().authorsOf(welcome)).as("an undo reaches the console too").containsExactly("Bo");
        fixture.workbench.redo();
        assertThat(shown().authorsOf(home)).containsExactly("Ann", "Bo");

        for (int i = 0; i < 9; i++) {
            console.next();
        }
        assertThat(console.stepTitleProperty().get()).isEqualTo("Vote");
        assertThat(ticker.running()).as("moving on pauses the timer").isFalse();
        console.startVote(VoteSettings.of(List.of(Section.WANTS)));
        long noWaiting = card("No waiting");
        for (String who : List.of("Ann", "Bo", "Cy")) {
            console.participantProperty().set(participant(who));
            console.castDot(home);
            console.castDot(home);
            console.castDot(noWaiting);
        }
        console.participantProperty().set(participant("Ann"));
        assertThat(console.dotsLeftProperty().get()).isEqualTo("Ann: 0 of 3 dots left");
        console.takeBackDot(noWaiting);
        assertThat(console.dotsLeftProperty().get()).isEqualTo("Ann: 1 of 3 dots left");
        console.castDot(home);
        assertThat(fixture.dialogs.errors).isEmpty();
        console.stopVote();
        assertThat(console.results()).extracting(TallyRow::dots).containsExactly(7, 2);
        assertThat(console.results().get(0).item().id()).isEqualTo(home);

        fixture.dialogs.confirmations.push(true);
        console.applyImportance();
        assertThat(fixture.dialogs.questions).as("the rule is shown before it is applied")
                .anyMatch(q -> q.contains("ranked by their dots"));
        assertThat(fixture.shown().item(home).map(Item::importance)).contains(5);

        console.finish();
        assertThat(console.session().runningProperty().get()).isFalse();
        assertThat(ticker.running()).isFalse();
        ViewModelFixture.inDatabase(fixture.file, wb -> {
            var stored = new org.valuebench.app.workshop.WorkshopUseCases(wb).numbered(fixture.workbench.canvasId(), 1);
            assertThat(stored.workshop().state()).isEqualTo(WorkshopState.FINISHED);
            assertThat(stored.dots()).hasSize(9);
        });
    }

    @Test
    void aRunningWorkshopFoundAtOpeningIsOfferedAndResumedWithItsTimerPaused() {
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "")), false);
        console.startTimer();
        fixture.close();
        ViewModelFixture reopened = new ViewModelFixture(dir.resolve("workshop.db"));
        fixture = reopened;
        WorkshopViewModel later = new WorkshopViewModel(reopened.workbench, new ManualTicker(), clock,
                new ScriptedWorkshopDialogs());
        reopened.workbench.addItem(Section.NEEDS, "Wifi", null);
        assertThat(later.session().runningProperty().get()).as("not shown before the facilitator resumes it").isFalse();
        reopened.dialogs.confirmations.push(true);
        later.offerResume();
        assertThat(reopened.dialogs.questions).anyMatch(q -> q.contains("Kick-off") && q.contains("Wants"));
        assertThat(later.session().runningProperty().get()).isTrue();
        assertThat(later.session().timerProperty().get().isRunning()).isFalse();
    }

    @Test
    void aWorkshopNotResumedAtOpeningIsOfferedAgainByStartWorkshop() {
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "")), false);
        fixture.close();
        fixture = new ViewModelFixture(dir.resolve("workshop.db"));
        ScriptedWorkshopDialogs questions = new ScriptedWorkshopDialogs();
        WorkshopViewModel later = new WorkshopViewModel(fixture.workbench, new ManualTicker(), clock, questions);
        fixture.dialogs.confirmations.push(false);
        later.offerResume();
        assertThat(later.session().runningProperty().get()).isFalse();

        fixture.dialogs.confirmations.push(true);
        later.openStart();
        assertThat(questions.shownForm).as("no second workshop is set up on the canvas").isNull();
        assertThat(fixture.dialogs.questions).last().asString().contains("Kick-off");
        assertThat(later.session().runningProperty().get()).isTrue();
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    /** The console's clock, moved by the test. */
    private static final class MovingClock extends Clock {
        long seconds;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ViewModelFixture.CLOCK.instant().plusSeconds(seconds);
        }
    }
}
