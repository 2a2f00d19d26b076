package org.valuebench.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.board.CanvasBoard;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.shell.Theme;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The dots of a vote on the cards of the facilitator's board, while the vote is open and after it stops. */
class BoardDotsTest {
    @TempDir
    Path dir;
    private Stage stage;
    private ViewModelFixture fixture;
    private CanvasBoard board;
    private WorkshopViewModel console;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void show() throws Exception {
        onFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            fixture = new ViewModelFixture(dir.resolve("dots.db"));
            fixture.workbench.createCanvas("Café");
            board = new CanvasBoard(fixture.workbench);
            console = new WorkshopViewModel(fixture.workbench, new ManualTicker(), ViewModelFixture.CLOCK,
                    new ScriptedWorkshopDialogs());
            WorkshopFeature.attachBoard(board, console);
            Scene scene = new Scene(board, 1000, 700);
            scene.getRoot().getStyleClass().add("valuebench");
            scene.getStylesheets().add(Theme.STYLESHEET);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            if (stage != null) {
                stage.close();
            }
            if (fixture != null) {
                fixture.close();
            }
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private long id(String text) {
        return fixture.shown().items().stream().filter(i -> i.text().equals(text)).findFirst().map(Item::id)
                .orElseThrow();
    }

    /** The text of the card's dots badge, or empty when it shows none. */
    private Optional<String> dotsOn(String text) throws Exception {
        return onFx(() -> {
            long itemId = id(text);
            CardView card = board.lookupAll(".card").stream().map(CardView.class::cast)
                    .filter(c -> c.itemId() == itemId && c.isVisible()).findFirst().orElseThrow();
            return card.lookupAll(".dots-badge").stream().filter(Node::isVisible).map(n -> ((Label) n).getText())
                    .findFirst();
        });
    }

    @Test
    void aCardShowsItsDotsWhileTheVoteIsOpenAndAfterItStopsUntilTheStepChanges() throws Exception {
        onFx(() -> {
            console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "")), false);
            console.participantProperty().set(console.record().orElseThrow().participants().get(0).id());
            console.addCard(Section.WANTS, "Calm");
            console.addCard(Section.WANTS, "Quiet");
            console.reveal();
            return null;
        });
        assertThat(dotsOn("Calm")).as("no vote yet").isEmpty();

        onFx(() -> {
            console.startVote(VoteSettings.of(List.of(Section.WANTS)));
            console.castDot(id("Calm"));
            console.castDot(id("Calm"));
            console.castDot(id("Calm"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dotsOn("Calm")).hasValueSatisfying(t -> assertThat(t).isEqualTo("●●● 3"));
        assertThat(dotsOn("Quiet")).as("a card without dots shows none").isEmpty();

        onFx(() -> {
            console.stopVote();
            return null;
        });
        assertThat(dotsOn("Calm")).as("the results stay until the workshop moves on").hasValue("●●● 3");

        onFx(() -> {
            console.next();
            return null;
        });
        assertThat(dotsOn("Calm")).as("the next step").isEmpty();
    }

    @Test
    void outsideAWorkshopNoCardShowsDots() throws Exception {
        onFx(() -> {
            fixture.workbench.addItem(Section.WANTS, "Calm", null);
            return null;
        });
        assertThat(dotsOn("Calm")).isEmpty();
    }
}
