package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.join.Room;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workshop.join.ScriptedJoiningDialogs;
import org.valuebench.web.JavalinRoomServer;

/**
 * The window as the application builds it, with the real room on the real listener on loopback: the facilitator
 * opens joining from the Workshop menu, a participant joins and adds a card over HTTP, the card shows on the board
 * and the console counts it, the window's Undo takes it back (the device sees that too), and finishing the workshop
 * closes the port.
 */
class JoiningJourneyTest extends FxRobot {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ScriptedJoiningDialogs joiningDialogs = new ScriptedJoiningDialogs();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ValueBenchWindow window;
    private DatabaseThread database;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            settle();
        }
        notifier.shutdownNow();
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && (window == null || window.isBuilt()));
    }

    @Test
    void aParticipantsCardOverHttpShowsOnTheBoardAndTheWindowsUndoTakesItBack() throws Exception {
        database = new DatabaseThread(Platform::runLater);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, ViewModelFixture.CLOCK, upgrading),
                stage -> dialogs, new InMemoryWindowSettings(), ViewModelFixture.CLOCK,
                new ExportThread(Platform::runLater), JourneyWindows.NO_DESKTOP, Locale.UK, dir.resolve("logs"),
                stage -> null, new ValueBenchWindow.Joining(access -> new Room(access, new JavalinRoomServer(),
                        java.time.Clock.systemUTC(), new SecureRandom(), notifier), stage -> joiningDialogs));
        window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(dir.resolve("journey.db"), false))).get();
        settle();
        interact(() -> window.model().createCanvas("Room café"));
        settle();
        interact(() -> window.workshop().console().start("Kick-off", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales")), false));
        settle();

        joiningDialogs.fill = form -> {
            assertThat(form.networks()).as("loopback is always offered, last").last()
                    .matches(n -> n.loopback());
            form.networkProperty().set(form.networks().stream().filter(n -> n.loopback()
                    && n.address() instanceof java.net.Inet4Address).findFirst().orElseThrow());
            return true;
        };
        clickOn("#menuWorkshop").clickOn("Open joining…");
        JourneyWindows.waitUntil(() -> window.workshop().joining().openProperty().get());
        String address = lookup("#joinAddress").queryAs(Label.class).getText();
        String code = window.workshop().joining().statusProperty().get().code();
        assertThat(address).startsWith("http://127.0.0.1:");

        JsonNode joined = post(address + "api/join", null,
                "{\"code\":\"" + code + "\",\"name\":\"Bo\",\"anonymous\":false}");
        String token = joined.get("token").asText();
        post(address + "api/cards", token, "{\"id\":\"card-1\",\"section\":\"WANTS\",\"text\":\"Coffee that is ready\"}");
        settle();
        assertThat(boardTexts()).contains("Coffee that is ready");
        JourneyWindows.waitUntil(() -> lookup(".join-member").queryAllAs(MenuButton.class).stream()
                .anyMatch(b -> b.getText().endsWith("Bo · 1 card")));
        assertThat(window.model().undoTextProperty().get()).isEqualTo("Undo Add card");

        interact(() -> window.model().undo());
        settle();
        assertThat(boardTexts()).doesNotContain("Coffee that is ready");
        JourneyWindows.waitUntil(() -> state(address, token).get("cards").isEmpty());

        clickOn("#workshopFinish");
        settle();
        JourneyWindows.waitUntil(() -> !window.workshop().joining().openProperty().get());
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString())).as("the port is closed").isInstanceOf(java.io.IOException.class);
        assertThat(dialogs.errors).isEmpty();
    }

    private JsonNode post(String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode state(String address, String token) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(address + "api/state"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> boardTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(".card").queryAllAs(CardView.class).stream()
                .filter(c -> c.getScene() != null && c.isVisible()).map(CardView::item).map(Item::text).toList()).get();
    }
}
