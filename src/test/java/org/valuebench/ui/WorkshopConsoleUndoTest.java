package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
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
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Section;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * The console after an undo during a workshop: the section picker (which section a card is added to) still offers
 * the step's sections with one chosen, so the next card can be typed at once. It came back empty whenever the step
 * changed (Next, or an undo back to another step): the combo box cleared its value after the console chose one.
 */
class WorkshopConsoleUndoTest extends FxRobot {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final JourneyWorkshopDialogs workshopDialogs = new JourneyWorkshopDialogs();
    private final SteppedClock clock = new SteppedClock(ViewModelFixture.CLOCK.instant());
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
            window = null;
        }
    }

    @Test
    void afterUndoingACardTheSectionPickerStillOffersTheStepsSectionsWithOneChosen() throws Exception {
        openWindow(dir.resolve("undo.db"));
        clickOn("#emptyNewCanvas");
        settle();
        write("Undo café").type(KeyCode.ENTER);
        settle();
        workshopDialogs.fillStart = form -> form.addParticipant("Ann", "sales");
        clickOn("#menuWorkshop").clickOn(shownMenuItem("Start workshop…"));
        settle();
        ComboBox<?> picker = lookup("#workshopSection").queryAs(ComboBox.class);
        assertThat(List.<Object>copyOf(picker.getItems())).containsExactly(Section.WANTS);
        assertThat(picker.getValue()).isEqualTo(Section.WANTS);
        assertThat(shownSection(picker)).as("the picker shows it at the start").isEqualTo(Section.WANTS.title());

        clickOn("#workshopCardText").write("Feel at home").type(KeyCode.ENTER);
        settle();
        assertThat(cardTexts()).containsExactly("Feel at home");
        clickOn("#undoButton");
        settle();

        assertThat(cardTexts()).as("the card is undone").isEmpty();
        assertThat(List.<Object>copyOf(picker.getItems())).as("sections offered after the undo")
                .containsExactly(Section.WANTS);
        assertThat(picker.getValue()).as("section chosen after the undo").isEqualTo(Section.WANTS);
        assertThat(shownSection(picker)).as("the picker shows it").isEqualTo(Section.WANTS.title());

        // The same after undoing a step forward (Wants -> Needs -> back to Wants).
        clickOn("#workshopNext");
        settle();
        assertThat(picker.getValue()).isEqualTo(Section.NEEDS);
        clickOn("#undoButton");
        settle();
        assertThat(List.<Object>copyOf(picker.getItems())).as("after undoing Next").containsExactly(Section.WANTS);
        assertThat(picker.getValue()).as("chosen after undoing Next").isEqualTo(Section.WANTS);
        assertThat(shownSection(picker)).as("shown after undoing Next").isEqualTo(Section.WANTS.title());

        // And the next card goes in without choosing the section again.
        clickOn("#workshopCardText").write("Know the staff").type(KeyCode.ENTER);
        settle();
        assertThat(cardTexts()).containsExactly("Know the staff");
    }

    private static String shownSection(ComboBox<?> picker) {
        // The button cell: the cell the combo box itself holds, not those of its list.
        return picker.lookupAll(".list-cell").stream().filter(n -> n.getParent() == picker)
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).findFirst().orElse(null);
    }

    private List<String> cardTexts() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.model().canvasProperty().get().items().stream()
                .filter(i -> i.section() == Section.WANTS).map(org.valuebench.domain.Item::text).toList()).get();
    }

    private void openWindow(Path file) throws Exception {
        database = new DatabaseThread(Platform::runLater);
        ExportThread exports = new ExportThread(Platform::runLater);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, clock, upgrading),
                stage -> dialogs, new InMemoryWindowSettings(), clock, exports, JourneyWindows.NO_DESKTOP,
                Locale.UK, dir.resolve("logs"), stage -> workshopDialogs);
        window = WaitForAsyncUtils.asyncFx(() -> ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(file, false))).get();
        settle();
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && (window == null || window.isBuilt()));
    }

    private Node shownMenuItem(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(text).match((Node n) -> n.getScene() != null && n.getScene().getWindow().isShowing()).query();
    }
}
