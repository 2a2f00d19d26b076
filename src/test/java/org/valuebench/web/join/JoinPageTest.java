package org.valuebench.web.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.valuebench.app.join.ParticipantView;
import org.valuebench.web.join.Browsers.Engine;
import org.valuebench.web.join.ScriptedDoor.Phase;

/**
 * The participant page on its own, in each browser engine, over real HTTP on loopback, against a scripted room
 * (the journeys through the product's Room and listener are in JoinJourneyTest): what the page shows and sends.
 */
class JoinPageTest {

    @TempDir
    Path profiles;

    private final ScriptedDoor door = new ScriptedDoor();
    private PageTestServer server;
    private Browsers browsers;

    private JoinPage device(Engine engine) throws Exception {
        if (server == null) {
            browsers = new Browsers(engine, profiles);
            server = new PageTestServer(door);
        }
        return new JoinPage(browsers.device());
    }

    /**
     * How soon a page follows the room: within a second on the event stream (Chromium); HtmlUnit's EventSource is
     * a stand-in that never fires (and has no close()), so there the page polls every 2 s as when streaming fails.
     */
    static Duration live(Engine engine) {
        return engine == Engine.CHROMIUM ? Duration.ofSeconds(1) : Duration.ofMillis(3000);
    }

    @AfterEach
    void close() {
        if (browsers != null) {
            browsers.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCodeComesFromTheAddressAndAWrongCodeIsSaidPlainly(Engine engine) throws Exception {
        JoinPage page = device(engine).open(server.address() + "?code=ABC234");

        assertThat(page.driver().findElement(By.id("join-code")).getAttribute("value")).isEqualTo("ABC234");
        page.driver().findElement(By.id("join-name")).sendKeys("Ann");
        page.driver().findElement(By.id("join-button")).click();
        assertThat(page.joinError()).isEqualTo("That is not the code on the screen: check it and try again.");
        assertThat(page.visible("step-view")).isFalse();

        page.join(ScriptedDoor.CODE, "").joined();
        assertThat(page.text("me-name")).isEqualTo("You: Ann");
        assertThat(page.text("step-title")).isEqualTo("Jobs and needs");
        assertThat(page.text("step-number")).isEqualTo("Step 2 of 11");
        assertThat(page.text("may-text")).isEqualTo("Add your ideas: they stay hidden until the facilitator reveals them");
        assertThat(page.text("coming")).isEqualTo("Coming next: Fears");
        assertThat(page.text("timer")).matches("[34]:[0-5][0-9] left");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void joiningAnonymouslyIsRefusedWithTheRoomsReasonUnlessAllowed(Engine engine) throws Exception {
        JoinPage page = device(engine).open(server.address());
        page.driver().findElement(By.id("join-code")).sendKeys(ScriptedDoor.CODE);
        page.driver().findElement(By.id("join-anonymous")).click();
        page.driver().findElement(By.id("join-button")).click();
        assertThat(page.joinError()).isEqualTo("The facilitator has not allowed joining anonymously: type your name.");

        door.allowAnonymous(true);
        page.driver().findElement(By.id("join-button")).click();
        page.joined();
        assertThat(page.text("me-name")).isEqualTo("You: anonymous");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPrivateStepShowsOnlyMyCardsAndHowManyAreHiddenUntilTheReveal(Engine engine) throws Exception {
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();
        JoinPage bob = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Bob").joined();

        ann.addCard("Needs", "Fast service");
        bob.addCard("Wants", "Quiet corner");

        assertThat(bob.cardTexts()).containsExactly("Quiet corner");
        assertThat(bob.myCardTexts()).containsExactly("Quiet corner");
        assertThat(bob.text("hidden-count")).isEqualTo("1 card hidden until the facilitator reveals them");
        Browsers.await(ann.driver(), JoinPage.SOON,
                d -> ann.text("hidden-count").equals("1 card hidden until the facilitator reveals them"));
        assertThat(ann.cardTexts()).containsExactly("Fast service");

        door.move(Phase.REVEALED);
        Duration live = live(engine);
        ann.awaitCards(live, cards -> cards.size() == 2);
        bob.awaitCards(live, cards -> cards.size() == 2);
        assertThat(bob.cardTexts()).containsExactly("Fast service", "Quiet corner");
        assertThat(bob.myCardTexts()).containsExactly("Quiet corner");
        assertThat(bob.visible("hidden-count")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void markupInACardIsShownAsTheCharactersTyped(Engine engine) throws Exception {
        door.move(Phase.REVEALED);
        door.addFromFacilitator("WANTS", "<b>bold</b> & <script>window.pwned=1</script>");
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "<i>Ann</i>").joined();

        String xss = "<img src=x onerror=alert(1)>";
        ann.addCard("Needs", xss);

        assertThat(ann.cardTexts()).containsExactly("<b>bold</b> & <script>window.pwned=1</script>", xss);
        assertThat(ann.driver().findElements(By.cssSelector("main img, main b, main script, main i"))).isEmpty();
        assertThat(ann.text("me-name")).isEqualTo("You: <i>Ann</i>");
        assertThat(ann.card(xss).findElement(By.className("card-text")).getAttribute("innerHTML"))
                .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aCardWhoseAnswerWasLostIsSentAgainWithTheSameIdAndStoredOnce(Engine engine) throws Exception {
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();
        server.loseAnswers(2);

        ann.addCard("Needs", "Fast service");

        assertThat(door.cards()).extracting(ScriptedDoor.CardRow::text).containsExactly("Fast service");
        List<String> ids = door.submissionsSeen();
        assertThat(ids).hasSize(3);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(ids.get(0)).matches("[A-Za-z0-9_-]{1,64}");
        assertThat(ann.cardTexts()).containsExactly("Fast service");

        ann.addCard("Needs", "Fresh bread");
        assertThat(door.submissionsSeen()).hasSize(4).element(3).isNotEqualTo(ids.get(0));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aReloadResumesWithTheTokenAndAStaleTokenLeadsBackToJoining(Engine engine) throws Exception {
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();
        ann.addCard("Needs", "Fast service");

        ann.driver().navigate().refresh();
        Browsers.await(ann.driver(), JoinPage.SOON, d -> ann.visible("step-view"));
        assertThat(ann.visible("join-view")).isFalse();
        assertThat(ann.cardTexts()).containsExactly("Fast service");
        assertThat(ann.text("me-name")).isEqualTo("You: Ann");

        door.forgetEveryone();
        Browsers.await(ann.driver(), JoinPage.SOON, d -> ann.visible("join-view"));
        assertThat(ann.joinError()).isEqualTo("You are no longer in the room: join again with the code on the screen.");
        ann.driver().navigate().refresh();
        Browsers.await(ann.driver(), JoinPage.SOON, d -> ann.visible("join-view"));
        assertThat(ann.visible("step-view")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVoteCountsMyDotsDownAndTheResultIsRankedWithTies(Engine engine) throws Exception {
        door.move(Phase.REVEALED);
        door.addFromFacilitator("WANTS", "Quiet corner");
        door.addFromFacilitator("NEEDS", "Fast service");
        door.addFromFacilitator("NEEDS", "Fresh bread");
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();

        door.move(Phase.VOTE);
        Duration live = live(engine);
        ann.awaitDotsLeft(live, "You have 3 of 3 dots left");
        assertThat(ann.text("dots-left")).isEqualTo("You have 3 of 3 dots left");
        assertThat(ann.visible("card-form")).isFalse();
        assertThat(ann.visible("may-text")).as("the dots line says it, not twice").isFalse();

        ann.placeDot("Fast service");
        assertThat(ann.text("dots-left")).isEqualTo("You have 2 of 3 dots left");
        ann.placeDot("Fast service").placeDot("Quiet corner");
        assertThat(ann.text("dots-left")).isEqualTo("You have 0 of 3 dots left");
        assertThat(ann.card("Fresh bread").findElement(By.cssSelector("[data-focus-key^='place-']")).isEnabled())
                .isFalse();
        ann.card("Fast service").findElement(By.cssSelector("[data-focus-key^='take-']")).click();
        Browsers.await(ann.driver(), JoinPage.SOON, d -> ann.text("dots-left").equals("You have 1 of 3 dots left"));
        ann.placeDot("Fresh bread");
        assertThat(door.dotsOf(door.idOf("Ann"))).isEqualTo(3);

        door.move(Phase.RESULTS);
        Browsers.await(ann.driver(), live, d -> !ann.results().isEmpty());
        assertThat(ann.results()).containsExactly("=1|Quiet corner|1 dot", "=1|Fast service|1 dot",
                "=1|Fresh bread|1 dot");
        assertThat(ann.visible("dots-left")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void whenStreamingIsBlockedThePagePollsAndStillFollows(Engine engine) throws Exception {
        JoinPage first = device(engine);
        server.refuseStreams(true);
        JoinPage ann = first.open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();

        door.move(Phase.REVEALED);
        door.addFromFacilitator("WANTS", "Quiet corner");
        ann.awaitCards(Duration.ofMillis(3000),
                cards -> cards.equals(List.of("Quiet corner")));
        assertThat(server.streamsOpened()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theCounterShowsTheLimitAndTheEndOfTheWorkshopIsSaid(Engine engine) throws Exception {
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();
        WebDriver driver = ann.driver();

        driver.findElement(By.id("card-text")).sendKeys("x".repeat(2001));
        assertThat(ann.text("card-count")).isEqualTo("2,001 of 2,000 characters: 1 too many");
        driver.findElement(By.id("card-button")).click();
        assertThat(ann.text("card-error")).isEqualTo("A card holds at most 2,000 characters: shorten it first.");
        assertThat(door.cards()).isEmpty();

        door.move(Phase.ENDED);
        Browsers.await(driver, live(engine), d -> ann.visible("ended-view"));
        assertThat(ann.visible("step-view")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theTimerCountsDownLocallyAndOvertimeIsSaidInWordsAndColour(Engine engine) throws Exception {
        JoinPage ann = device(engine).open(server.address()).join(ScriptedDoor.CODE, "Ann").joined();
        WebDriver driver = ann.driver();
        String normal = driver.findElement(By.id("timer")).getCssValue("color");

        door.timer(new ParticipantView.Timer(2, true, false));
        Browsers.await(driver, Duration.ofSeconds(6), d -> ann.text("timer").startsWith("Over time by 0:0"));
        assertThat(driver.findElement(By.id("timer")).getAttribute("class")).isEqualTo("timer overtime");
        if (engine == Engine.CHROMIUM) {
            assertThat(driver.findElement(By.id("timer")).getCssValue("color")).isNotEqualTo(normal);
        }

        door.timer(new ParticipantView.Timer(-65, false, true));
        Browsers.await(driver, live(engine), d -> ann.text("timer").equals("Over time by 1:05 (paused)"));
        Thread.sleep(1500);
        assertThat(ann.text("timer")).isEqualTo("Over time by 1:05 (paused)");
    }

    /** Chromium only: HtmlUnit does not move the focus on Tab. */
    @ParameterizedTest
    @EnumSource(names = "CHROMIUM")
    void theKeyboardAloneJoinsAndVotesAndFocusStaysOnTheButtonPressed(Engine engine) throws Exception {
        door.move(Phase.REVEALED);
        door.addFromFacilitator("NEEDS", "Fast service");
        JoinPage ann = device(engine).open(server.address());
        WebDriver driver = ann.driver();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("join-code");
        driver.switchTo().activeElement().sendKeys(ScriptedDoor.CODE + Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("join-name");
        driver.switchTo().activeElement().sendKeys("Ann" + Keys.ENTER);
        ann.joined();

        door.move(Phase.VOTE);
        ann.awaitDotsLeft(live(engine), "You have 3 of 3 dots left");
        WebElement place = ann.card("Fast service").findElement(By.cssSelector("[data-focus-key^='place-']"));
        place.sendKeys(Keys.ENTER);
        Browsers.await(driver, JoinPage.SOON, d -> ann.text("dots-left").equals("You have 2 of 3 dots left"));
        assertThat(driver.switchTo().activeElement().getAttribute("data-focus-key")).startsWith("place-");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browsers.await(driver, JoinPage.SOON, d -> ann.text("dots-left").equals("You have 1 of 3 dots left"));
    }
}
