package org.valuebench.ui.workshop.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workshop.StartWorkshopForm;
import org.valuebench.ui.workshop.WorkshopDialogs;
import org.valuebench.ui.workshop.WorkshopTicker;
import org.valuebench.ui.workshop.WorkshopViewModel;

/** Joining in the console on a real workspace file, every edit run at once; the room is the facilitator's side. */
class JoiningViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private WorkshopViewModel console;
    private final TestRoom room = new TestRoom();
    private final ScriptedJoiningDialogs dialogs = new ScriptedJoiningDialogs();
    private final List<Runnable> handedToFx = new ArrayList<>();
    private JoiningViewModel joining;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dir.resolve("joining.db"));
        fixture.workbench.createCanvas("Café");
        console = new WorkshopViewModel(fixture.workbench, NO_TICKER, Clock.systemUTC(), NO_QUESTIONS);
        joining = new JoiningViewModel(room, console, fixture.workbench, dialogs, Runnable::run,
                handedToFx::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Runs what the room's and the opening's threads handed to the JavaFX thread. */
    private void handOver() {
        List<Runnable> handed = List.copyOf(handedToFx);
        handedToFx.clear();
        handed.forEach(Runnable::run);
    }

    private void start() {
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "sales")), false);
    }

    @Test
    void nothingOpensWithoutARunningWorkshop() {
        joining.openDialog();
        handOver();
        assertThat(dialogs.forms).isEmpty();
        assertThat(room.calls).isEmpty();
        assertThat(fixture.workbench.statusProperty().get().text()).contains("Start a workshop first");
    }

    @Test
    void theDialogOffersTheRoomsNetworkFirstSaysWhatEachMeansAndOpensJoiningAsChosen() {
        start();
        long workshop = console.record().orElseThrow().workshop().id();
        dialogs.fill = form -> {
            assertThat(form.networkProperty().get()).isEqualTo(TestRoom.LAN);
            assertThat(form.networkNoteProperty().get()).startsWith("Devices on this network can join");
            form.networkProperty().set(TestRoom.PUBLIC);
            assertThat(form.networkNoteProperty().get()).startsWith("Warning: 203.0.113.5 is a public address");
            form.networkProperty().set(TestRoom.LOOPBACK);
            assertThat(form.networkNoteProperty().get()).startsWith("This computer only");
            assertThat(JoinForm.label(TestRoom.LOOPBACK)).endsWith("127.0.0.1 (this computer only)");
            form.portProperty().set("80000");
            assertThat(form.settings()).isEmpty();
            assertThat(form.portProblemProperty().get()).isEqualTo(JoinForm.PORT_RULE);
            form.portProperty().set("");
            form.allowAnonymousProperty().set(true);
            return true;
        };
        joining.openDialog();
        handOver();
        assertThat(room.calls).containsExactly("open " + workshop + " 127.0.0.1:0 anonymous");
        assertThat(joining.openProperty().get()).isTrue();
        assertThat(joining.statusProperty().get().code()).isEqualTo("K7MQ2P");
        assertThat(room.shown).as("the room starts from the workshop as shown").hasSize(1);

        console.participantProperty().set(console.record().orElseThrow().participants().get(0).id());
        console.addCard(Section.WANTS, "Feel at home");
        assertThat(room.shown).as("each change the session shows goes to the room").last()
                .extracting(r -> r.contributions().size()).isEqualTo(1);
        fixture.workbench.undo();
        assertThat(room.shown).as("an undo too").last().extracting(r -> r.contributions().size()).isEqualTo(0);

        // Devices join on the room's threads: the console shows them once handed to its thread.
        room.joined("Ann", 3, true, 0);
        room.joined("Bo", 0, false, 2);
        assertThat(joining.members()).isEmpty();
        handOver();
        assertThat(joining.members()).extracting(RoomStatus.Member::name).containsExactly("Ann", "Bo");
        assertThat(JoiningBar.chipText(joining.members().get(0))).isEqualTo("● Ann · 3 cards");
        assertThat(JoiningBar.chipText(joining.members().get(1))).isEqualTo("○ Bo · 0 cards");
        assertThat(joining.failedTextProperty().get()).isEqualTo("2 wrong codes");

        joining.close();
        assertThat(joining.openProperty().get()).isFalse();
        assertThat(joining.members()).isEmpty();
        joining.reopen();
        handOver();
        assertThat(room.calls).containsExactly("open " + workshop + " 127.0.0.1:0 anonymous", "close",
                "open " + workshop + " 127.0.0.1:0 anonymous");
        assertThat(dialogs.forms).as("reopening asks nothing").hasSize(1);
    }

    @Test
    void finishingTheWorkshopTellsTheRoomAndClosesJoining() {
        start();
        dialogs.fill = form -> true;
        joining.openDialog();
        handOver();
        console.finish();
        assertThat(room.shown).last().extracting(r -> r.workshop().isRunning()).isEqualTo(false);
        assertThat(room.calls).last().isEqualTo("close");
        assertThat(joining.openProperty().get()).isFalse();
    }

    @Test
    void anUndoneStartClosesJoiningToo() {
        start();
        dialogs.fill = form -> true;
        joining.openDialog();
        handOver();
        fixture.workbench.undo();
        assertThat(console.session().runningProperty().get()).isFalse();
        assertThat(room.calls).last().isEqualTo("close");
    }

    @Test
    void aPortThatCannotOpenIsSaidAndJoiningStaysClosed() {
        start();
        room.refuseOpen = "Port 8421 is in use by another program; choose another port or leave it empty";
        dialogs.fill = form -> {
            form.portProperty().set("8421");
            return true;
        };
        joining.openDialog();
        handOver();
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("Port 8421 is in use");
        assertThat(joining.openProperty().get()).isFalse();
        assertThat(joining.reopenableProperty().get()).isFalse();
    }

    private static final WorkshopTicker NO_TICKER = new WorkshopTicker() {
        @Override
        public void start(Runnable tick) {
        }

        @Override
        public void stop() {
        }
    };

    private static final WorkshopDialogs NO_QUESTIONS = new WorkshopDialogs() {
        @Override
        public boolean askStart(StartWorkshopForm form) {
            return false;
        }

        @Override
        public Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean one, boolean anonymous) {
            return Optional.empty();
        }

        @Override
        public OptionalInt askNumber(String title, String label, int initial) {
            return OptionalInt.empty();
        }
    };
}
