package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.valuebench.app.AppException;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.board.CardView;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workshop.WindowWorkshopAccess;
import org.valuebench.ui.workshop.WorkshopViewModel;

/**
 * A participant's action from another thread (as the room's listener calls it) through the window's
 * WorkshopAccess: one edit of the real window on its database thread, shown on the board and in the session,
 * undoable from the window, answered to the calling thread once committed.
 */
class WindowWorkshopAccessTest extends FxRobot {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ValueBenchWindow window;
    private DatabaseThread database;
    private WorkshopViewModel console;
    private final List<WorkshopRecord> followed = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startAWorkshop() throws Exception {
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(dir.resolve("access.db"), database, dialogs);
        settle();
        interact(() -> window.model().createCanvas("Room café"));
        settle();
        console = window.workshop().console();
        interact(() -> console.session().follow((record, canvas) -> followed.add(record)));
        interact(() -> console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "sales")),
                false));
        settle();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            settle();
        }
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && (window == null || window.isBuilt()));
    }

    private WorkshopRecord shown() {
        return fx(() -> console.session().recordProperty().get());
    }

    private WindowWorkshopAccess access(Duration wait) {
        return new WindowWorkshopAccess(console, window.model(), Platform::runLater, Platform::isFxApplicationThread,
                wait);
    }

    @Test
    void aParticipantsCardIsOneEditOfTheWindowShownOnTheBoardAndInTheSessionAndUndoable() throws Exception {
        long workshop = shown().workshop().id();
        long ann = shown().participants().get(0).id();
        followed.clear();
        WindowWorkshopAccess access = access(Duration.ofSeconds(10));
        // From a thread of its own, as the room's listener calls it.
        WorkshopChange change = CompletableFuture.supplyAsync(() -> access.act(t -> t.cards().addCard(workshop,
                Section.WANTS, "Coffee that is ready", ann))).get(15, TimeUnit.SECONDS);
        assertThat(change.workshop().contributions()).as("answered once committed").hasSize(1);
        settle();
        assertThat(boardTexts()).contains("Coffee that is ready");
        assertThat(shown().contributions()).hasSize(1);
        assertThat(followed).as("the room hears of the change from the session").last()
                .extracting(r -> r.contributions().size()).isEqualTo(1);
        assertThat(fx(() -> window.model().undoTextProperty().get())).isEqualTo("Undo Add card");
        assertThat(dialogs.errors).isEmpty();

        interact(() -> window.model().undo());
        settle();
        assertThat(boardTexts()).doesNotContain("Coffee that is ready");
        assertThat(shown().contributions()).isEmpty();
        assertThat(followed).as("and of the undo").last().extracting(r -> r.contributions().size()).isEqualTo(0);

        Integer steps = CompletableFuture.supplyAsync(() -> access.read(t -> t.workshops().record(workshop)
                .steps().size())).get(15, TimeUnit.SECONDS);
        assertThat(steps).isEqualTo(10);
    }

    @Test
    void aRefusedActionReachesTheCallerWithItsMessageAndNoAlert() throws Exception {
        long workshop = shown().workshop().id();
        WindowWorkshopAccess access = access(Duration.ofSeconds(10));
        CompletableFuture<WorkshopChange> refused = CompletableFuture.supplyAsync(() -> access.act(t -> t.cards()
                .addCard(workshop, Section.WANTS, "x".repeat(5000), 0)));
        assertThatThrownBy(() -> refused.get(15, TimeUnit.SECONDS)).hasCauseInstanceOf(RuntimeException.class);
        settle();
        assertThat(dialogs.errors).as("the facilitator gets no alert for a participant's refusal").isEmpty();
        assertThat(shown().contributions()).isEmpty();
    }

    @Test
    void neverOnTheJavaFxThreadAndAWindowThatDoesNotTakeItInTimeIsSaidPlainly() {
        WindowWorkshopAccess access = access(Duration.ofSeconds(10));
        assertThatThrownBy(() -> interact(() -> access.act(t -> null)))
                .hasRootCauseInstanceOf(IllegalStateException.class);
        // A window whose JavaFX thread never takes the action: the caller stops waiting with a plain message.
        WindowWorkshopAccess stuck = new WindowWorkshopAccess(console, window.model(), action -> { },
                () -> false, Duration.ofMillis(200));
        assertThatThrownBy(() -> stuck.act(t -> null)).isInstanceOf(AppException.class)
                .hasMessage("The facilitator's window did not take it in time; try again");
    }

    private List<String> boardTexts() {
        return fx(() -> lookup(".card").queryAllAs(CardView.class).stream().filter(c -> c.getScene() != null && c.isVisible())
                .map(CardView::item).map(Item::text).toList());
    }

    private <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
