package org.valuebench.web.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.join.Room;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.web.JavalinRoomServer;
import org.valuebench.web.join.Browsers.Engine;

/**
 * Issue 25's journey, in each browser engine: the product's Room and its Javalin listener on 127.0.0.1 (a free
 * port) over a real SQLite workbench, two participants on their own devices. In the private first step each adds
 * a card and sees only their own until the facilitator reveals; then a vote: both place dots, the vote stops, both
 * see the ranked result. The facilitator's actions go through the app use cases, as the window's do.
 */
class JoinJourneyTest {

    private static final String XSS = "<img src=x onerror=alert(1)>";

    @TempDir
    Path dir;

    private WorkbenchFixture f;
    private WorkshopActions actions;
    private Room room;
    private Browsers browsers;
    private long workshop;

    @AfterEach
    void tearDown() {
        if (browsers != null) {
            browsers.close();
        }
        if (room != null) {
            room.close();
        }
        if (f != null) {
            f.close();
        }
    }

    private RoomStatus openRoom(Engine engine) {
        browsers = new Browsers(engine, dir);
        f = WorkbenchFixture.withCafe(dir);
        actions = new WorkshopActions().on(f.wb);
        WorkshopRecord started = actions.workshops().start(f.canvas, "Spring offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false).workshop();
        workshop = started.workshop().id();
        room = new Room(new SameThreadAccess(actions), new JavalinRoomServer(), Clock.systemUTC(), new SecureRandom(),
                Runnable::run);
        return room.open(workshop, InetAddress.getLoopbackAddress(), 0, false);
    }

    /** What the window does after its own action: runs the use case, then shows the room the committed workshop. */
    private void facilitator(Function<WorkshopActions, WorkshopChange> action) {
        WorkshopChange change;
        synchronized (actions) {
            change = action.apply(actions);
        }
        room.show(change.workshop(), change.change().canvas().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void twoParticipantsAddCardsPrivatelySeeThemRevealedVoteAndSeeTheResult(Engine engine) {
        RoomStatus status = openRoom(engine);
        assertThat(status.address()).startsWith("http://127.0.0.1:");
        Duration live = JoinPageTest.live(engine);

        JoinPage ann = new JoinPage(browsers.device()).open(status.joinLink());
        assertThat(ann.driver().findElement(By.id("join-code")).getAttribute("value")).isEqualTo(status.code());
        ann.join(status.code(), "Ann").joined();
        JoinPage bo = new JoinPage(browsers.device()).open(status.address()).join(status.code().toLowerCase(), "Bo")
                .joined();
        assertThat(ann.text("step-title")).isEqualTo("Wants");
        assertThat(bo.text("may-text")).contains("they stay hidden until the facilitator reveals them");
        List<String> before = bo.cardTexts();

        ann.addCard("Wants", "Quiet corner");
        ann.addCard("Wants", XSS);
        bo.addCard("Wants", "Fast service");

        assertThat(bo.myCardTexts()).containsExactly("Fast service");
        assertThat(bo.cardTexts()).doesNotContain("Quiet corner", XSS);
        assertThat(bo.text("hidden-count")).isEqualTo("2 cards hidden until the facilitator reveals them");
        assertThat(ann.myCardTexts()).containsExactly("Quiet corner", XSS);
        assertThat(ann.cardTexts()).doesNotContain("Fast service");

        facilitator(a -> a.cards().reveal(workshop));
        ann.awaitCards(live, cards -> cards.containsAll(List.of("Quiet corner", XSS, "Fast service")));
        bo.awaitCards(live, cards -> cards.containsAll(List.of("Quiet corner", XSS, "Fast service")));
        assertThat(bo.cardTexts()).hasSize(before.size() + 3);
        assertThat(bo.visible("hidden-count")).isFalse();
        assertThat(bo.myCardTexts()).containsExactly("Fast service");
        for (JoinPage page : List.of(ann, bo)) {
            assertThat(page.driver().findElements(By.tagName("img"))).isEmpty();
            assertThat(page.card(XSS).findElement(By.className("card-text")).getText()).isEqualTo(XSS);
        }

        facilitator(a -> a.voting().startVote(workshop, VoteSettings.of(List.of(Section.WANTS))));
        ann.awaitDotsLeft(live, "You have 3 of 3 dots left");
        bo.awaitDotsLeft(live, "You have 3 of 3 dots left");
        assertThat(ann.text("dots-left")).isEqualTo("You have 3 of 3 dots left");

        ann.placeDot("Quiet corner").placeDot("Quiet corner");
        assertThat(ann.text("dots-left")).isEqualTo("You have 1 of 3 dots left");
        bo.placeDot("Quiet corner").placeDot("Fast service");
        assertThat(bo.text("dots-left")).isEqualTo("You have 1 of 3 dots left");
        ann.placeDot("Fast service");
        assertThat(ann.text("dots-left")).isEqualTo("You have 0 of 3 dots left");

        long vote = actions.workshops().record(workshop).openVote().orElseThrow().id();
        facilitator(a -> a.voting().stopVote(vote));
        for (JoinPage page : List.of(ann, bo)) {
            Browsers.await(page.driver(), live, d -> !page.results().isEmpty());
            assertThat(page.results()).startsWith("1|Quiet corner|3 dots", "2|Fast service|2 dots");
            assertThat(page.visible("dots-left")).isFalse();
        }
        assertThat(f.content().items()).extracting(Item::text).containsOnlyOnce("Quiet corner", XSS, "Fast service");
    }

    /** Runs the participants' use cases on the calling thread, one at a time, with the facilitator's. */
    private static final class SameThreadAccess implements WorkshopAccess {
        private final WorkshopActions actions;

        SameThreadAccess(WorkshopActions actions) {
            this.actions = actions;
        }

        @Override
        public WorkshopChange act(Function<WorkshopActions, WorkshopChange> action) {
            synchronized (actions) {
                return action.apply(actions);
            }
        }

        @Override
        public <T> T read(Function<WorkshopActions, T> query) {
            synchronized (actions) {
                return query.apply(actions);
            }
        }
    }
}
