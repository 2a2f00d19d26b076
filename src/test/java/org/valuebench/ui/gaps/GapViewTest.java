package org.valuebench.ui.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import javafx.scene.layout.Region;
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
import org.valuebench.ui.fx.FrameTimer;
import org.valuebench.ui.fx.FrameUpdateQueue;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.fx.SmallRepaints;
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

    private void show(FrameUpdateQueue updates) {
        interact(() -> {
            fixture = new ViewModelFixture(dir.resolve("view.db"));
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(fixture.workbench);
            gaps = new GapViewModel(fixture.workbench, dialogs, ViewModelFixture.CLOCK);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(fixture.workbench, dialogs, Runnable::run);
            importer.start(canvasId, GapTestCanvas.fixture("long-basic.csv"), ImportOptions.DEFAULT);
            importer.start(canvasId, GapTestCanvas.longFile(dir, "stock.csv", 30), ImportOptions.DEFAULT);
            view = new GapView(gaps, importer, updates, SmallRepaints.perFrame());
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
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.isSettled());
        } catch (TimeoutException e) {
            throw new AssertionError("the gap view did not settle", e);
        }
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
    void theViewIsFirstLaidOutWithAMadeUpReportAndThenShowsTheViewModelsOwn() {
        // See GapRehearsal: the view's first layouts meet every kind of node a report brings.
        List<Object> firstLayout = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> {
            fixture = new ViewModelFixture(dir.resolve("view.db"));
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            GapTestCanvas.addTo(fixture.workbench);
            gaps = new GapViewModel(fixture.workbench, dialogs, ViewModelFixture.CLOCK);
            view = new GapView(gaps, new FeedbackImportViewModel(fixture.workbench, dialogs, Runnable::run),
                    FrameUpdateQueue.perFrame(), SmallRepaints.perFrame());
            stage = new Stage();
            stage.setScene(new Scene(view, 1000, 760));
            int[] layouts = new int[1];
            stage.getScene().addPostLayoutPulseListener(() -> {
                // The view's own listener ends the rehearsal after the second layout, before this one runs.
                if (++layouts[0] == 1) {
                    firstLayout.add(view.ranking().lookupAll(".table-row-cell").stream()
                            .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).count());
                    firstLayout.add(bars().size());
                    firstLayout.add(view.drillDown().table().lookupAll(".list-cell").stream()
                            .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null).count());
                }
            });
            stage.show();
            // The canvas has no feedback: the view model's report has nothing to chart or list.
            assertThat(gaps.stateProperty().get()).isEqualTo(GapViewModel.State.NO_FEEDBACK);
        });
        settle();

        assertThat(firstLayout).as("ranking lines, bars and records in the first layout")
                .containsExactly((long) GapRehearsal.PROMISES, GapRehearsal.PROMISES, 4L);
        assertThat(view.ranking().getItems()).isSameAs(gaps.rows());
        assertThat(view.ranking().getSelectionModel().getSelectedItems()).allMatch(r -> r.promiseId() > 0);
        assertThat(bars()).isEmpty();
        assertThat(view.drillDown().table().getItems()).isSameAs(gaps.records()).isEmpty();
        assertThat(lookup("#gapTrendChart").queryAs(GapTrendChart.class).getData()).isEmpty();
    }

    @Test
    void theFirstRankingOpensFromItsHeaderDownALineAFrame() {
        // The ranking's height in every frame once the made-up report of the first layouts is gone.
        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>();
        FrameTimer frames = new FrameTimer(() -> {
            if (view != null && view.ranking().getItems() == gaps.rows()) {
                heights.add(view.ranking().getHeight());
            }
        });
        interact(frames::start);
        show(FrameUpdateQueue.perFrame());
        interact(frames::stop);

        assertThat(view.ranking().isOpening()).isFalse();
        assertThat(view.ranking().getMaxHeight()).isEqualTo(Region.USE_COMPUTED_SIZE);
        double line = view.ranking().getFixedCellSize();
        assertThat(line).isPositive();
        assertThat(heights.get(heights.size() - 1)).as("height at the end of %s", heights)
                .isGreaterThanOrEqualTo(4 * line);
        assertThat(heights.stream().filter(h -> h < 3 * line)).as("frames with at most two lines in %s", heights)
                .isNotEmpty();
        for (int i = 1; i < heights.size(); i++) {
            assertThat(heights.get(i) - heights.get(i - 1)).as("growth in frame %d of %s", i, heights)
                    .isLessThanOrEqualTo((GapRankingTable.NEW_LINES_PER_FRAME + 1) * line + 1);
        }
    }

    @Test
    void theQueriesStartOnlyAfterTheFrameThatShowsTheTabAndStopWhenItIsLeft() throws TimeoutException {
        show(FrameUpdateQueue.perFrame());
        java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger pulsesWhenActive = new java.util.concurrent.atomic.AtomicInteger(-1);
        FrameTimer frames = new FrameTimer(pulses::incrementAndGet);
        javafx.scene.control.Tab[] gapsTab = new javafx.scene.control.Tab[1];
        interact(() -> {
            gapsTab[0] = behindCanvasTab();
            gaps.activeProperty().addListener((obs, was, now) -> {
                if (now) {
                    pulsesWhenActive.set(pulses.get());
                }
            });
            frames.start();
        });
        assertThat(gaps.activeProperty().get()).as("active behind the Canvas tab").isFalse();

        int[] pulsesWhenChosen = new int[1];
        interact(() -> {
            gapsTab[0].getTabPane().getSelectionModel().select(gapsTab[0]);
            pulsesWhenChosen[0] = pulses.get();
            assertThat(gaps.activeProperty().get()).as("active as the tab is chosen").isFalse();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> gaps.activeProperty().get());
        interact(frames::stop);
        assertThat(pulsesWhenActive.get() - pulsesWhenChosen[0]).as("frames before the queries start")
                .isGreaterThanOrEqualTo(2);

        interact(() -> {
            gapsTab[0].getTabPane().getSelectionModel().select(0);
            assertThat(gaps.activeProperty().get()).as("active once the tab is left").isFalse();
        });
    }

    @Test
    void theTabsPartsAreDrawnOneAFrameTopDownAndTheQueriesStartAfterTheLast() throws TimeoutException {
        show(FrameUpdateQueue.perFrame());
        List<Node> parts = List.of(view.ranking().getParent(), view.lookup("#gapCharts"), view.drillDown());
        List<String> shownPerFrame = new java.util.ArrayList<>();
        FrameTimer frames = new FrameTimer(() -> shownPerFrame.add(parts.stream().map(p -> p.isVisible() ? "1" : "0")
                .reduce("", String::concat) + (gaps.activeProperty().get() ? "a" : "")));
        javafx.scene.control.Tab[] gapsTab = new javafx.scene.control.Tab[1];
        interact(() -> gapsTab[0] = behindCanvasTab());
        interact(() -> {
            gapsTab[0].getTabPane().getSelectionModel().select(gapsTab[0]);
            assertThat(parts).as("parts shown in the frame the tab is chosen").noneMatch(Node::isVisible);
            frames.start();
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> gaps.activeProperty().get());
        interact(frames::stop);
        settle();

        // Each frame records which parts were shown (ranking, charts, records) and "a" once the queries run.
        List<String> distinct = shownPerFrame.stream().distinct().toList();
        assertThat(distinct).as("what the frames showed, in order: %s", shownPerFrame)
                .containsExactly("000", "100", "110", "111", "111a");
        assertThat(parts).allMatch(Node::isVisible);
    }

    @Test
    void aNewFilterShowsInTheRankingAtOnceAndInTheSummaryAndChartWithinFrames() {
        show(FrameUpdateQueue.perFrame());
        GapReport before = gaps.reportProperty().get();
        assertThat(bars()).extracting(b -> b.getXValue().doubleValue()).containsExactlyElementsOf(gapsBottomUp(before));

        interact(() -> {
            gaps.segmentProperty().set("Tourists");
            // The query ran at once (the fixture's database runs on this thread): the ranking has the new rows,
            // the chart is still the old one and waits for its frame.
            assertThat(gaps.reportProperty().get()).isNotSameAs(before);
            assertThat(view.ranking().getItems()).isSameAs(gaps.rows());
            assertThat(view.isSettled()).isFalse();
            assertThat(bars()).extracting(b -> b.getXValue().doubleValue())
                    .containsExactlyElementsOf(gapsBottomUp(before));
        });
        settle();

        GapReport after = gaps.reportProperty().get();
        assertThat(gapsBottomUp(after)).isNotEqualTo(gapsBottomUp(before));
        assertThat(bars()).extracting(b -> b.getXValue().doubleValue()).containsExactlyElementsOf(gapsBottomUp(after));
        assertThat(lookup("#gapNps").queryAs(Label.class).getText()).isEqualTo(gaps.nps().text());

        // The grid was not on screen: it gets the latest report when its tab is chosen.
        interact(() -> lookup("#gapCharts").queryAs(TabPane.class).getSelectionModel().select(1));
        settle();
        ImportancePerformanceChart grid = lookup("#importancePerformanceChart").queryAs(ImportancePerformanceChart.class);
        assertThat(grid.getData().get(0).getData()).extracting(p -> p.getXValue().doubleValue())
                .containsExactlyElementsOf(after.promises().stream().map(PromiseGap::delivered)
                        .filter(java.util.Objects::nonNull).toList());
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
        show(FrameUpdateQueue.immediate());
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
        show(FrameUpdateQueue.immediate());
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
        show(FrameUpdateQueue.immediate());
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
