package org.valuebench.web.join;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.valuebench.app.join.ParticipantDoor.Joined;
import org.valuebench.app.join.RoomServer;
import org.valuebench.web.JavalinRoomServer;
import org.valuebench.web.join.Browsers.Engine;
import org.valuebench.web.join.ScriptedDoor.Phase;

/**
 * Screenshots of the participant page for looking at it (not a test): Chromium headless through the product's
 * listener, at a phone's 360×740 and a laptop's 1280×800, light and dark, in the join form, a private step with
 * cards, a vote and its result. Run with src/bench/join-page-look.sh [folder].
 */
public final class JoinPageLook {

    private JoinPageLook() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/look-join");
        Files.createDirectories(folder);
        Path profiles = Files.createTempDirectory("join-look");
        int[][] sizes = {{360, 740}, {1280, 800}};
        for (boolean dark : new boolean[] {false, true}) {
            for (int[] size : sizes) {
                shoot(folder, profiles, size[0], size[1], dark);
            }
        }
    }

    private static void shoot(Path folder, Path profiles, int width, int height, boolean dark) throws Exception {
        String suffix = (dark ? "dark" : "light") + "-" + width;
        ScriptedDoor door = new ScriptedDoor();
        try (RoomServer.Listening listening = new JavalinRoomServer()
                .start(InetAddress.getLoopbackAddress(), 0, door);
             Browsers browsers = new Browsers(Engine.CHROMIUM, profiles)) {
            String address = "http://127.0.0.1:" + listening.port() + "/";
            WebDriver driver = dark ? browsers.darkDevice(width, height) : browsers.device(width, height);
            JoinPage ann = new JoinPage(driver).open(address + "?code=" + ScriptedDoor.CODE);
            driver.findElement(By.id("join-name")).sendKeys("Ann");
            save(driver, folder, "join-" + suffix);

            driver.findElement(By.id("join-button")).click();
            ann.joined();
            Joined bob = door.join(ScriptedDoor.CODE, "Bob", false, "127.0.0.2");
            door.addCard(bob.token(), "bob-1", "WANTS", "A table by the window", "127.0.0.2");
            ann.addCard("Needs", "Coffee ready in under two minutes");
            ann.addCard("Wants", "Oat milk without paying extra");
            driver.findElement(By.id("card-text")).sendKeys("Somewhere quiet to take a call");
            save(driver, folder, "private-" + suffix);
            scrollTo(driver, "cards-heading");
            save(driver, folder, "private-cards-" + suffix);

            door.move(Phase.REVEALED);
            door.move(Phase.VOTE);
            ann.awaitMay(Duration.ofSeconds(2), "Place your dots on the cards that matter most");
            ann.placeDot("Coffee ready in under two minutes").placeDot("A table by the window");
            door.dot(bob.token(), "bob-dot-1", door.cards().get(1).id(), true, "127.0.0.2");
            scrollTo(driver, "dots-left");
            save(driver, folder, "vote-" + suffix);

            door.move(Phase.RESULTS);
            Browsers.await(driver, Duration.ofSeconds(2), d -> !ann.results().isEmpty());
            save(driver, folder, "results-" + suffix);
        }
    }

    private static void scrollTo(WebDriver driver, String id) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static void save(WebDriver driver, Path folder, String name) throws Exception {
        Thread.sleep(300);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
