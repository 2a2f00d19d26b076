package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.charts.ImportancePerformanceChart;
import org.valuebench.ui.gaps.charts.GapBarChart;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.feedback.ScriptedGapDialogs;
import org.valuebench.ui.fx.DateFields;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.workbench.ViewModelFixture;

/**
 * The gap view on screen, its updates spread over frames: after a new filter the ranking shows the new report at
 * once and the summary and the chart on screen follow within a few frames; figures explain themselves on hover.
 * Real pulses on Monocle; no robot clicks.
 */
class GapViewTest extends FxRobot {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private GapViewModel gaps;
    private GapView view;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        interact(() -> {
            if (stage != null) {
                stage.close();
            }
            if (fixture != null) {
                fixture.close();
            }
        });
    }

    private void show() {
        interact(() -> {
            fixture = new ViewModelFixture(dir.resolve("view.db"));
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(fixture.workbench);
            gaps = new GapViewModel(fixture.workbench, dialogs, ViewModelFixture.CLOCK);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(fixture.workbench, dialogs, Runnable::run);
            importer.start(canvasId, GapTestCanvas.fixture("long-basic.csv"), ImportOptions.DEFAULT);
            importer.start(canvasId, GapTestCanvas.longFile(dir, "stock.csv", 30), ImportOptions.DEFAULT);
            view = new GapView(gaps, importer);
            stage = new Stage();
            stage.setScene(new Scene(view, 1000, 760));
            stage.show();
        });
        settle();
    }

    /** The view's tab, put behind a "Canvas" tab as in the window; use on the JavaFX thread. */
    private javafx.scene.control.Tab behindCanvasTab() {
        javafx.scene.control.Tab tab = view.tab();
        stage.getScene().setRoot(new TabPane(new javafx.scene.control.Tab("Canvas"), tab));
        return tab;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<XYChart.Data<Number, String>> bars() {
        GapBarChart chart = lookup("#gapBarChart").queryAs(GapBarChart.class);
        return chart.getData().isEmpty() ? List.of() : chart.getData().get(0).getData();
    }

    /** The gaps of the promises with feedback, bottom bar first (the chart puts the largest deficit on top). */
    private static List<Double> gapsBottomUp(GapReport report) {
        List<Double> gaps = new java.util.ArrayList<>(report.promises().stream().map(PromiseGap::gap)
                .filter(java.util.Objects::nonNull).toList());
        java.util.Collections.reverse(gaps);
        return gaps;
    }

    @Test
    void theQueriesRunOnlyWhileTheTabIsShown() {
        show();
        javafx.scene.control.Tab[] gapsTab = new javafx.scene.control.Tab[1];
        interact(() -> gapsTab[0] = behindCanvasTab());
        assertThat(gaps.activeProperty().get()).as("active behind the Canvas tab").isFalse();

        interact(() -> {
            gapsTab[0].getTabPane().getSelectionModel().select(gapsTab[0]);
            assertThat(gaps.activeProperty().get()).as("active as the tab is chosen").isTrue();
        });
        interact(() -> {
            gapsTab[0].getTabPane().getSelectionModel().select(0);
            assertThat(gaps.activeProperty().get()).as("active once the tab is left").isFalse();
        });
    }

    @Test
    void aNewFilterShowsInTheRankingTheSummaryAndTheChartOnScreenAtOnce() {
        show();
        GapReport before = gaps.reportProperty().get();
        assertThat(bars()).extracting(b -> b.getXValue().doubleValue()).containsExactlyElementsOf(gapsBottomUp(before));

        interact(() -> {
            gaps.segmentProperty().set("Tourists");
            // The query ran at once (the fixture's database runs on this thread), and the view followed it.
            GapReport now = gaps.reportProperty().get();
            assertThat(now).isNotSameAs(before);
            assertThat(view.ranking().getItems()).isSameAs(gaps.rows());
            assertThat(bars()).extracting(b -> b.getXValue().doubleValue())
                    .containsExactlyElementsOf(gapsBottomUp(now));
        });
        settle();

        GapReport after = gaps.reportProperty().get();
        assertThat(gapsBottomUp(after)).isNotEqualTo(gapsBottomUp(before));
        assertThat(bars()).extracting(b -> b.getXValue().doubleValue()).containsExactlyElementsOf(gapsBottomUp(after));
        assertThat(lookup("#gapNps").queryAs(Label.class).getText()).isEqualTo(gaps.nps().text());
        assertThat(lookup("#gapNpsEvidence").queryAs(Label.class).getText()).isEqualTo(gaps.npsEvidence())
                .isEqualTo(org.valuebench.report.GapFigures.npsEvidence(after.nps()));
        // The list holds wants, needs and fears, so its caption says customer items, not needs.
        assertThat(lookup(".caption").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Customer items nobody answers").doesNotContain("Needs nobody answers");

        // The grid was not on screen: it gets the latest report when its tab is chosen.
        interact(() -> lookup("#gapCharts").queryAs(TabPane.class).getSelectionModel().select(1));
        settle();
        ImportancePerformanceChart grid = lookup("#importancePerformanceChart").queryAs(ImportancePerformanceChart.class);
        assertThat(grid.getData().get(0).getData()).extracting(p -> p.getXValue().doubleValue())
                .containsExactlyElementsOf(after.promises().stream().map(PromiseGap::delivered)
                        .filter(java.util.Objects::nonNull).toList());
    }

    /** Gap (target − delivered) and SERVQUAL (P − E) count opposite ways: their headers say which way. */
    @Test
    void theGapAndServqualHeadersSayWhichWayTheyCount() {
        show();
        javafx.scene.control.TableColumn<?, ?> gap = column("colGap");
        javafx.scene.control.TableColumn<?, ?> servqual = column("colServqual");
        Label gapHeader = (Label) gap.getGraphic();
        Label servqualHeader = (Label) servqual.getGraphic();
        assertThat(gapHeader.getText().replace("\n", " ")).isEqualTo("Short of target");
        assertThat(servqualHeader.getText()).contains("P − E");
        assertThat(gapHeader.getTooltip().getText()).contains("target − delivered", "P − E");
        assertThat(servqualHeader.getTooltip().getText()).contains("perceived − expected", "target − delivered");
    }

    private javafx.scene.control.TableColumn<?, ?> column(String id) {
        return view.ranking().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /** A large NPS from four answers says n and "thin" beside the number, not only in its tooltip. */
    @Test
    void aThinNetPromoterScoreSaysSoBesideTheNumber() {
        org.valuebench.analysis.NetPromoterScore four = new org.valuebench.analysis.NetPromoterScore(4, 0, 2);
        org.valuebench.ui.gaps.figures.GapFigure figure = org.valuebench.ui.gaps.figures.GapFigures.nps(four, "answers");
        Label[] shown = new Label[2];
        interact(() -> {
            GapSummary summary = new GapSummary(() -> figure);
            summary.show(null, figure, org.valuebench.report.GapFigures.npsEvidence(four));
            shown[0] = (Label) summary.node().lookup("#gapNps");
            shown[1] = (Label) summary.node().lookup("#gapNpsEvidence");
        });
        assertThat(shown[0].getText()).isEqualTo(figure.text()).endsWith("50");
        assertThat(shown[1]).as("the n beside the NPS").isNotNull();
        assertThat(shown[1].getText()).isEqualTo("n = 4 thin");
        assertThat(shown[1].getPseudoClassStates()).extracting(Object::toString).contains("thin");
    }

    private static void writeString(Path file, String text) {
        try {
            java.nio.file.Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theVoicesTabSaysWhereAnotherVoiceDisagreesAndAClickShowsThatPromise() {
        show();
        Path staff = dir.resolve("staff.csv");
        interact(() -> {
            // The staff think the shelves are always full; customers (the fixture files) score them about 3.
            writeString(staff, "promise,score,voice\nAlways in stock,5,employee\nAlways in stock,5,employee\n");
            new FeedbackImportViewModel(fixture.workbench, new ScriptedGapDialogs(), Runnable::run)
                    .start(fixture.workbench.canvasId(), staff, ImportOptions.DEFAULT);
            lookup("#gapCharts").queryAs(TabPane.class).getSelectionModel().select(3);
        });
        settle();
        List<Label> notes = List.copyOf(lookup(".voice-differs").queryAllAs(Label.class));
        assertThat(notes).isNotEmpty();
        for (Label note : notes) {
            assertThat(note.getText()).contains(" than customers");
            // The whole sentence stays in reach when a short window cuts the line.
            assertThat(note.getTooltip().getText()).startsWith(note.getText());
        }
        Label last = notes.get(notes.size() - 1);
        String promise = last.getText().substring(0, last.getText().indexOf(':'));
        clickOn(last);
        settle();
        assertThat(gaps.selectedRowProperty().get().promise()).startsWith(promise.replace("…", ""));
    }

    @Test
    void aDateTypedAsInTheCsvFiltersAndTextThatIsNoDateIsMarkedAndChangesNothing() {
        show();
        DatePicker since = lookup("#gapSince").queryAs(DatePicker.class);
        clickOn(since.getEditor()).write("2024-03-01").type(KeyCode.ENTER);
        settle();
        assertThat(gaps.sinceProperty().get()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(since.getEditor().getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);

        interact(() -> since.getEditor().clear());
        write("first of March");
        assertThat(since.getEditor().getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(since.getTooltip().getText()).startsWith("Not a date");
        type(KeyCode.ENTER);
        settle();
        // JavaFX puts the picker's date back into the field.
        assertThat(gaps.sinceProperty().get()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(since.getEditor().getText()).isEqualTo("2024-03-01");
        assertThat(since.getEditor().getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
    }

    @Test
    void theDateFieldsAlsoReadTheLocalesShortForm() {
        DateFields.IsoConverter us = new DateFields.IsoConverter(java.util.Locale.US);
        assertThat(us.fromString(" 2024-05-31 ")).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(us.fromString("5/31/24")).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(us.fromString("")).isNull();
        assertThat(us.toString(LocalDate.of(2024, 5, 31))).isEqualTo("2024-05-31");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> us.fromString("31.5.2024"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void aFigureBuildsItsTooltipWhenThePointerFirstReachesIt() {
        show();
        Node bar = bars().get(bars().size() - 1).getNode();
        PromiseGap top = gaps.reportProperty().get().promises().get(0);
        assertThat(HoverTooltips.of(bar)).isNull();

        interact(() -> bar.fireEvent(entered(bar)));
        assertThat(HoverTooltips.of(bar).getText()).startsWith(top.text() + "\ngap = target − delivered = ");

        Node cell = lookup("#gapRanking .gap-figure-cell").match(n -> n instanceof GapFigureCell<?> c
                && c.getItem() != null && c.getItem().text().equals(gaps.rows().get(0).deficit().text())).query();
        interact(() -> cell.fireEvent(entered(cell)));
        assertThat(HoverTooltips.of(cell).getText()).isEqualTo(gaps.rows().get(0).deficit().explanation());
    }

    private static MouseEvent entered(Node node) {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0, false, false, false, false,
                false, false, false, false, false, false, null);
    }
}
