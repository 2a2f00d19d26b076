package org.valuebench.ui.workshop.join;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.Room;
import org.valuebench.app.join.RoomRefusal;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workshop.StartWorkshopForm;
import org.valuebench.ui.workshop.WindowWorkshopAccess;
import org.valuebench.ui.workshop.WorkshopDialogs;
import org.valuebench.ui.workshop.WorkshopTicker;
import org.valuebench.ui.workshop.WorkshopViewModel;
import org.valuebench.web.JavalinRoomServer;

/**
 * The console's joining over the real room and its real listener on loopback, on a real workspace file: devices
 * join and add cards, the facilitator renames and removes them (with or without their cards), each an undoable
 * edit of the window; the port closes with the finish.
 */
class JoiningRealRoomTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private WorkshopViewModel console;
    private Room room;
    private JoiningViewModel joining;
    private final ScriptedJoiningDialogs dialogs = new ScriptedJoiningDialogs();
    private final List<Runnable> handed = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        fixture = new ViewModelFixture(dir.resolve("room.db"));
        fixture.workbench.createCanvas("Café");
        console = new WorkshopViewModel(fixture.workbench, NO_TICKER, Clock.systemUTC(), NO_QUESTIONS);
        WindowWorkshopAccess access = new WindowWorkshopAccess(console, fixture.workbench, Runnable::run,
                () -> false, Duration.ofSeconds(10));
        room = new Room(access, new JavalinRoomServer(), Clock.systemUTC(), new SecureRandom(), Runnable::run);
        joining = new JoiningViewModel(room, console, fixture.workbench, dialogs, Runnable::run, handed::add);
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "sales")), false);
        joining.open(new JoinForm.Settings(InetAddress.getLoopbackAddress(), 0, false));
        handOver();
    }

    @AfterEach
    void close() {
        joining.close();
        fixture.close();
    }

    private void handOver() {
        while (!handed.isEmpty()) {
            List<Runnable> now = List.copyOf(handed);
            handed.clear();
            now.forEach(Runnable::run);
        }
    }

    private WorkshopRecord shown() {
        return console.record().orElseThrow();
    }

    private RoomStatus.Member member(String name) {
        handOver();
        return joining.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private int served(String address) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        return page.statusCode();
    }

    @Test
    void devicesJoinAndTheFacilitatorRenamesAndRemovesThemUndoably() throws Exception {
        String address = joining.statusProperty().get().address();
        assertThat(address).startsWith("http://127.0.0.1:");
        assertThat(served(address)).as("the page is served on loopback").isEqualTo(200);
        String code = joining.statusProperty().get().code();
        ParticipantDoor.Joined bo = room.join(code, "Bo", false, "127.0.0.1");
        room.addCard(bo.token(), "s1", "WANTS", "Coffee that is ready", "127.0.0.1");
        room.addCard(bo.token(), "s2", "WANTS", "A quiet corner", "127.0.0.1");
        assertThat(member("Bo").cardsAdded()).isEqualTo(2);
        assertThat(shown().contributions()).hasSize(2);

        dialogs.names.add("Bo Lind");
        joining.rename(member("Bo"));
        assertThat(shown().participants()).extracting(Participant::name).containsExactly("Ann", "Bo Lind");
        assertThat(fixture.workbench.undoTextProperty().get()).startsWith("Undo Rename");
        fixture.workbench.undo();
        assertThat(shown().participants()).extracting(Participant::name).containsExactly("Ann", "Bo");

        dialogs.removals.add(JoiningDialogs.Removal.WITH_CARDS);
        joining.remove(member("Bo"));
        assertThat(dialogs.asked).last().isEqualTo("remove Bo with 2 cards?");
        assertThat(shown().participants()).extracting(Participant::name).containsExactly("Ann");
        assertThat(fixture.shown().items()).as("their cards went with them").isEmpty();
        assertThatThrownBy(() -> room.view(bo.token(), "127.0.0.1")).isInstanceOf(RoomRefusal.class);
        fixture.workbench.undo();
        assertThat(shown().participants()).extracting(Participant::name).containsExactly("Ann", "Bo");
        assertThat(fixture.shown().items()).hasSize(2);

        handOver();
        dialogs.removals.add(JoiningDialogs.Removal.KEEP_CARDS);
        ParticipantDoor.Joined cy = room.join(code, "Cy", false, "127.0.0.1");
        room.addCard(cy.token(), "c1", "WANTS", "Fast wifi", "127.0.0.1");
        joining.remove(member("Cy"));
        assertThat(shown().participants()).extracting(Participant::name).doesNotContain("Cy");
        assertThat(fixture.shown().items()).as("their cards stay").extracting(i -> i.text())
                .contains("Fast wifi");
        assertThat(fixture.dialogs.errors).isEmpty();

        console.finish();
        handOver();
        assertThat(joining.openProperty().get()).isFalse();
        assertThatThrownBy(() -> served(address)).as("the port is closed").isInstanceOf(java.io.IOException.class);
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
