package org.valuebench.web.join;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.join.ParticipantDoor.Joined;
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
import org.valuebench.web.JavalinRoomServer;
import org.valuebench.web.join.Browsers.Engine;

/**
 * Screenshots of the participant page for looking at it (not a test): Chromium headless, the product's Room and
 * listener over a sample workshop on a temporary workspace, at a phone's 360×740 and a laptop's 1280×800, light
 * and dark, in the join form, a private step with cards, a vote and its result. Run with
 * src/bench/join-page-look.sh [folder].
 */
public final class JoinPageLook {

    private static final String CLIENT = "127.0.0.2";

    private final WorkbenchFixture f;
    private final WorkshopActions actions;
    private final Room room;
    private final long workshop;

    private JoinPageLook(Path dir) {
        f = WorkbenchFixture.withCafe(dir);
        actions = new WorkshopActions().on(f.wb);
        workshop = actions.workshops().start(f.canvas, "Spring offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false)
                .workshop().workshop().id();
        room = new Room(new Access(actions), new JavalinRoomServer(), Clock.systemUTC(), new SecureRandom(),
                Runnable::run);
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/look-join");
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("join-look");
        int[][] sizes = {{360, 740}, {1280, 800}};
        int run = 0;
        for (boolean dark : new boolean[] {false, true}) {
            for (int[] size : sizes) {
                JoinPageLook look = new JoinPageLook(Files.createDirectory(work.resolve("run" + run++)));
                try {
                    look.shoot(folder, work, size[0], size[1], dark);
                } finally {
                    look.room.close();
                    look.f.close();
                }
            }
        }
    }

    private void facilitator(Function<WorkshopActions, WorkshopChange> action) {
        WorkshopChange change;
        synchronized (actions) {
            change = action.apply(actions);
        }
        room.show(change.workshop(), change.change().canvas().orElseThrow());
    }

    private long card(String text) {
        return f.content().items().stream().filter(i -> i.text().equals(text)).map(Item::id).findFirst().orElseThrow();
    }

    private void shoot(Path folder, Path profiles, int width, int height, boolean dark) throws Exception {
        String suffix = (dark ? "dark" : "light") + "-" + width;
        RoomStatus status = room.open(workshop, InetAddress.getLoopbackAddress(), 0, false);
        try (Browsers browsers = new Browsers(Engine.CHROMIUM, profiles)) {
            WebDriver driver = dark ? browsers.darkDevice(width, height) : browsers.device(width, height);
            JoinPage ann = new JoinPage(driver).open(status.joinLink());
            driver.findElement(By.id("join-name")).sendKeys("Ann");
            save(driver, folder, "join-" + suffix);

            driver.findElement(By.id("join-button")).click();
            ann.joined();
            Joined bo = room.join(status.code(), "Bo", false, CLIENT);
            room.addCard(bo.token(), "bo-1", "WANTS", "A table by the window", CLIENT);
            ann.addCard("Wants", "Coffee ready in under two minutes");
            ann.addCard("Wants", "Oat milk without paying extra");
            driver.findElement(By.id("card-text")).sendKeys("Somewhere quiet to take a call");
            save(driver, folder, "private-" + suffix);
            scrollTo(driver, "cards-heading");
            save(driver, folder, "private-cards-" + suffix);

            facilitator(a -> a.cards().reveal(workshop));
            facilitator(a -> a.voting().startVote(workshop, VoteSettings.of(List.of(Section.WANTS))));
            ann.awaitDotsLeft(Duration.ofSeconds(2), "You have 3 of 3 dots left");
            ann.placeDot("Coffee ready in under two minutes").placeDot("A table by the window");
            room.dot(bo.token(), "bo-dot-1", card("Coffee ready in under two minutes"), true, CLIENT);
            scrollTo(driver, "dots-left");
            save(driver, folder, "vote-" + suffix);
            ((JavascriptExecutor) driver).executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
            save(driver, folder, "vote-top-" + suffix);

            long vote = actions.workshops().record(workshop).openVote().orElseThrow().id();
            facilitator(a -> a.voting().stopVote(vote));
            Browsers.await(driver, Duration.ofSeconds(2), d -> !ann.results().isEmpty());
            save(driver, folder, "results-" + suffix);
        }
    }

    private static void scrollTo(WebDriver driver, String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static void save(WebDriver driver, Path folder, String name) throws Exception {
        Thread.sleep(300);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The participants' use cases on the calling thread, one at a time with the facilitator's. */
    private record Access(WorkshopActions actions) implements WorkshopAccess {
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
