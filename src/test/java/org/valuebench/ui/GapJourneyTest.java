package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.domain.Feedback;
import org.valuebench.ui.feedback.GapFileChooser;
import org.valuebench.ui.feedback.SurveyColumnMapping;
import org.valuebench.ui.feedback.SurveyColumnRole;
import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.gaps.GapTestCanvas;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.Dialogs;
import org.valuebench.ui.workbench.ExportFormat;
import org.valuebench.ui.workbench.ScriptedDialogs;

/** The gap view in the real window: import a survey export through the mapping dialog, rank, drill down, undo. */
class GapJourneyTest extends FxRobot {
    @TempDir
    Path dir;
    private ValueBenchWindow window;
    private DatabaseThread database;

    /** The window's dialogs with a scripted file chooser: every other dialog is the real one. */
    static final class JourneyDialogs implements Dialogs, GapFileChooser {
        final ScriptedDialogs scripted = new ScriptedDialogs();
        final Deque<Path> files = new ArrayDeque<>();

        @Override
        public void showError(String title, String message) {
            scripted.showError(title, message);
        }

        @Override
        public org.valuebench.ui.workbench.VersionChoice chooseVersion(
                org.valuebench.app.EditConflictException conflict) {
            return scripted.chooseVersion(conflict);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return scripted.confirm(title, message, confirmLabel);
        }

        @Override
        public Optional<String> askText(String title, String label, String initial) {
            return scripted.askText(title, label, initial);
        }

        @Override
        public Optional<Path> chooseWorkspaceToOpen(Path folder) {
            return scripted.chooseWorkspaceToOpen(folder);
        }

        @Override
        public Optional<Path> chooseNewWorkspace(Path folder) {
            return scripted.chooseNewWorkspace(folder);
        }

        @Override
        public Optional<org.valuebench.app.workspace.TeamAddress> connectToTeam(
                org.valuebench.app.workspace.TeamAddress suggested) {
            return scripted.connectToTeam(suggested);
        }

        @Override
        public Optional<Path> chooseExportFile(ExportFormat format, Path folder, String fileName) {
            return scripted.chooseExportFile(format, folder, fileName);
        }

        @Override
        public Optional<Path> chooseCanvasFileToImport(Path folder) {
            return scripted.chooseCanvasFileToImport(folder);
        }

        @Override
        public Optional<PaperSize> choosePaperSize(PaperSize suggested) {
            return scripted.choosePaperSize(suggested);
        }

        @Override
        public Optional<Path> open(String title, Path folder, String extension) {
            return Optional.ofNullable(files.poll());
        }

        @Override
        public Optional<Path> save(String title, Path folder, String suggestedName, String extension) {
            return Optional.ofNullable(files.poll());
        }
    }

    private final JourneyDialogs dialogs = new JourneyDialogs();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() {
        if (window != null) {
            interact(window::close);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void openWindow(Path file) throws Exception {
        database = new DatabaseThread(Platform::runLater);
        window = JourneyWindows.show(file, database, dialogs);
        settle();
    }

    private void settle() {
        JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());
    }

    @SuppressWarnings("unchecked")
    private TableView<GapRow> ranking() {
        return lookup("#gapRanking").queryAs(TableView.class);
    }

    private Node rankingRow(String promise) {
        return lookup("#gapRanking .table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> row && row.getItem() instanceof GapRow r
                        && r.promise().equals(promise))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + promise));
    }

    @SuppressWarnings("unchecked")
    private ListView<Feedback> drillRecords() {
        return lookup("#drillRecords").queryAs(ListView.class);
    }

    /** Opens a combo box and clicks the item with {@code text} in its popup list. */
    private void choose(String comboId, String text) {
        clickOn(comboId);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(lookup(".combo-box-popup .list-cell").match((Node n) -> n instanceof javafx.scene.control.Labeled l
                && text.equals(l.getText()) && n.isVisible()).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importsASurveyThroughTheMappingDialogRanksTheDeficitsAndDrillsDownToAComment() throws Exception {
        openWindow(dir.resolve("journey.db"));
        interact(() -> GapTestCanvas.addTo(window.model()));
        settle();

        clickOn("#gapsTab");
        settle();
        // The card details belong to the Canvas tab: the ranking and the comments get the whole width of the tabs.
        assertThat(showing(lookup("#detailsPane").query())).isFalse();
        assertThat(lookup("#gapView").query().getLayoutBounds().getWidth())
                .isCloseTo(lookup("#mainTabs").query().getLayoutBounds().getWidth(), org.assertj.core.api.Assertions.within(2.0));
        assertThat(lookup("#gapEmptyState").query().isVisible()).isTrue();
        assertThat(lookup("#gapEmptyTitle").queryAs(Label.class).getText()).isEqualTo("No feedback on this canvas yet");

        // Import the Google Forms export with File > Import feedback's shortcut; the mapping dialog opens on it.
        dialogs.files.add(GapTestCanvas.fixture("google-forms.csv"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        JourneyWindows.waitUntil(() -> lookup("#surveyMappingDialog").tryQuery().isPresent());
        assertThat(lookup("#mappingImport").query().isDisabled()).isTrue(); // no column names a promise

        // Map the stock question by hand with the combo boxes...
        choose("#mappingRole-2", SurveyColumnRole.QUESTION.toString());
        choose("#mappingPromise-2", "Always in stock");
        assertThat(lookup("#mappingImport").query().isDisabled()).isFalse();
        // The prices column as the stock question's expectation: it belongs to the question on its left.
        choose("#mappingRole-3", SurveyColumnRole.EXPECTATION.toString());
        @SuppressWarnings("unchecked")
        ComboBox<SurveyColumnMapping> belongs = lookup("#mappingQuestion-3").queryAs(ComboBox.class);
        assertThat(belongs.getValue().column().index()).isEqualTo(2);
        assertThat(lookup("#mappingImport").query().isDisabled()).isFalse();
        // ...then load the saved mapping for the whole file.
        dialogs.files.add(GapTestCanvas.fixture("google-forms.mapping.json"));
        clickOn("#mappingLoad");
        JourneyWindows.waitUntil(() -> lookup("#mappingMessage").queryAs(Label.class).getText().startsWith("Mapping loaded"));
        @SuppressWarnings("unchecked")
        ComboBox<String> prices = lookup("#mappingPromise-3").queryAs(ComboBox.class);
        assertThat(prices.getValue()).isEqualTo("Low prices");
        clickOn("#mappingImport");
        settle();

        // The ranking: Always in stock (2, 4 → 3.00; importance 2 × gap 1.00 = 2.00) above Low prices (1.67).
        assertThat(lookup("#gapContent").query().isVisible()).isTrue();
        assertThat(ranking().getItems()).extracting(GapRow::promise)
                .containsExactly("Always in stock", "Low prices", "Quick checkout");
        GapRow top = ranking().getItems().get(0);
        assertThat(top.delivered().text()).isEqualTo("3.00");
        assertThat(top.deficit().text()).isEqualTo("2.00");
        assertThat(top.deficit().explanation()).isEqualTo("deficit = importance × max(0, gap) = 2 × max(0, 4 − 3.00) = 2.00");
        assertThat(ranking().getItems().get(1).deficit().text()).isEqualTo("1.67");
        assertThat(window.model().statusProperty().get().text()).isEqualTo("Imported 5 records from google-forms.csv");

        // Drill down: Low prices, then Always in stock, to the verbatim comment.
        clickOn(rankingRow("Low prices"));
        settle();
        assertThat(lookup("#drillTitle").queryAs(Label.class).getText()).isEqualTo("Behind “Low prices”");
        assertThat(drillRecords().getItems()).extracting(Feedback::comment)
                .containsExactlyInAnyOrder("Out of milk, again", "Great prices");
        clickOn(rankingRow("Always in stock"));
        settle();
        assertThat(drillRecords().getItems()).extracting(Feedback::comment).containsExactly("Out of milk, again");
        assertThat(lookup("#drillRecords .drill-comment").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Out of milk, again");
        assertThat(lookup("#drillPageText").queryAs(Label.class).getText()).isEqualTo("1–1 of 1 comments");

        // The import is one step in the window's undo history.
        push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(lookup("#gapEmptyState").query().isVisible()).isTrue();
    }

    /** True when {@code node} and all its ancestors are visible: it is on screen, not in a hidden tab. */
    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
