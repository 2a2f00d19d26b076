package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapRow;
import org.valuebench.ui.gaps.figures.GapFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.feedback.ScriptedGapDialogs;
import org.valuebench.ui.workbench.ImmediateRunner;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The gap view's model on a real workspace file, every query run at once. */
class GapViewModelTest {
    @TempDir
    Path dir;

    private record Setup(ViewModelFixture fixture, ScriptedGapDialogs dialogs, GapViewModel gaps,
                         FeedbackImportViewModel importer, long canvasId) implements AutoCloseable {
        @Override
        public void close() {
            fixture.close();
        }
    }

    private Setup setup() {
        ViewModelFixture fixture = new ViewModelFixture(dir.resolve("gaps.db"));
        ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
        long canvasId = GapTestCanvas.addTo(fixture.workbench);
        GapViewModel gaps = new GapViewModel(fixture.workbench, dialogs, ViewModelFixture.CLOCK);
        FeedbackImportViewModel importer = new FeedbackImportViewModel(fixture.workbench, dialogs, Runnable::run);
        return new Setup(fixture, dialogs, gaps, importer, canvasId);
    }

    private GapReport stored(Setup s, FeedbackFilter filter) {
        GapReport[] report = new GapReport[1];
        ViewModelFixture.inDatabase(s.fixture().file, wb -> report[0] = new GapUseCases(wb).report(s.canvasId(),
                filter, CrosshairMode.MIDPOINTS));
        return report[0];
    }

    private long storedCount(Setup s) {
        long[] count = new long[1];
        ViewModelFixture.inDatabase(s.fixture().file, wb -> count[0] = new FeedbackUseCases(wb).count(s.canvasId()));
        return count[0];
    }

    @Test
    void isLoadingUntilTheFirstReportArrives() {
        try (ViewModelFixture fixture = new ViewModelFixture(dir.resolve("loading.db"))) {
            GapTestCanvas.addTo(fixture.workbench);
            fixture.runner.hold();
            GapViewModel gaps = new GapViewModel(fixture.workbench, new ScriptedGapDialogs(), ViewModelFixture.CLOCK);
            assertThat(gaps.stateProperty().get()).isEqualTo(GapViewModel.State.LOADING);
            assertThat(gaps.rows()).isEmpty();

            fixture.runner.release();
            assertThat(gaps.stateProperty().get()).isEqualTo(GapViewModel.State.NO_FEEDBACK);
            assertThat(gaps.rows()).hasSize(3);
        }
    }

    @Test
    void saysWhatToDoWhileTheCanvasHasNoFeedback() {
        try (Setup s = setup()) {
            assertThat(s.gaps().stateProperty().get()).isEqualTo(GapViewModel.State.NO_FEEDBACK);
            assertThat(s.gaps().rows()).extracting(GapRow::promise)
                    .containsExactlyInAnyOrder("Always in stock", "Low prices", "Quick checkout");
            assertThat(s.gaps().rows()).allSatisfy(r -> assertThat(r.delivered().text()).isEqualTo("—"));
        }
    }

    @Test
    void showsTheReportsFiguresEachWithItsFormulaAndInputs() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.fixture("long-basic.csv"), ImportOptions.DEFAULT);
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 12), ImportOptions.DEFAULT);

            GapReport report = stored(s, FeedbackFilter.NONE);
            assertThat(s.gaps().stateProperty().get()).isEqualTo(GapViewModel.State.READY);
            assertThat(s.gaps().rows()).extracting(GapRow::promiseId)
                    .containsExactlyElementsOf(report.promises().stream().map(PromiseGap::promiseId).toList());
            for (int i = 0; i < report.promises().size(); i++) {
                PromiseGap gap = report.promises().get(i);
                GapRow row = s.gaps().rows().get(i);
                assertThat(row.rank()).isEqualTo(i + 1);
                assertThat(row.n().text()).startsWith(Long.toString(gap.n()));
                assertThat(row.target().text()).isEqualTo(Integer.toString(gap.target()));
                assertThat(row.importance().text()).isEqualTo(Integer.toString(gap.importance()));
                if (gap.delivered() != null) {
                    assertThat(row.delivered().text()).isEqualTo(GapFigures.two(gap.delivered()));
                    assertThat(row.deficit().text()).isEqualTo(GapFigures.two(gap.deficit()));
                    assertThat(row.quadrant().text()).isEqualTo(gap.quadrant().title());
                }
            }
            // Always in stock: 2, 4 (long-basic) and 1..5 twice, 3, 4 (generated) → 14 records.
            GapRow stock = s.gaps().rows().stream().filter(r -> r.promise().equals("Always in stock")).findFirst()
                    .orElseThrow();
            PromiseGap gap = stock.gap();
            assertThat(gap.n()).isEqualTo(14);
            assertThat(stock.deficit().explanation()).isEqualTo("deficit = importance × max(0, gap) = 2 × max(0, 4 − "
                    + GapFigures.two(gap.delivered()) + ") = " + GapFigures.two(gap.deficit()));
            assertThat(stock.importance().explanation()).contains("Feel welcome (2)");
            assertThat(stock.gapFigure().explanation()).startsWith("gap = target − delivered = 4 − ");
            assertThat(stock.ci95().text()).isEqualTo(GapFigures.two(gap.ci95().low()) + "–"
                    + GapFigures.two(gap.ci95().high()));
            assertThat(stock.ci95().explanation()).contains("t(0.975, n − 1)", "√14", "13 degrees of freedom");
            assertThat(stock.servqual().text()).isEqualTo(GapFigures.signed(gap.servqual()));
            GapRow prices = s.gaps().rows().stream().filter(r -> r.promise().equals("Low prices")).findFirst()
                    .orElseThrow();
            assertThat(prices.thin()).isTrue();
            assertThat(prices.n().text()).endsWith("thin");
            assertThat(s.gaps().nps().text()).isEqualTo(GapFigures.npsText(report.nps().score()));
            assertThat(s.gaps().reportProperty().get().unanswered()).extracting(i -> i.text())
                    .contains("Open late");
        }
    }

    @Test
    void requeriesWhenTheFilterChangesAndShowsTheFilteredReport() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 30), ImportOptions.DEFAULT);
            long queries = s.gaps().queriesProperty().get();
            assertThat(s.gaps().segments()).containsExactly("", "Regulars", "Tourists");

            s.gaps().segmentProperty().set("Tourists");
            GapReport tourists = stored(s, new FeedbackFilter(null, null, "Tourists", null, Voice.CUSTOMER));
            assertThat(s.gaps().queriesProperty().get()).isGreaterThan(queries);
            assertThat(s.gaps().reportProperty().get().filter().segment()).isEqualTo("Tourists");
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo(Long.toString(tourists.promises().get(0).n()));
            assertThat(tourists.promises().get(0).n()).isEqualTo(10);

            s.gaps().sinceProperty().set(LocalDate.of(2024, 1, 11));
            s.gaps().untilProperty().set(LocalDate.of(2024, 1, 20));
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo(stored(s, new FeedbackFilter(
                    LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 20), "Tourists", null, Voice.CUSTOMER))
                    .promises().get(0).n() + " thin");

            s.gaps().untilProperty().set(LocalDate.of(2024, 1, 1));
            assertThat(s.gaps().noticeProperty().get()).startsWith("The date range starts");

            s.gaps().clearFilter();
            assertThat(s.gaps().noticeProperty().get()).isEmpty();
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo("30");

            s.gaps().voiceProperty().set(Voice.EMPLOYEE);
            assertThat(s.gaps().noticeProperty().get()).isEqualTo("No employee feedback matches the filter");
            assertThat(s.gaps().drillVoiceProperty().get()).isEqualTo(Voice.EMPLOYEE);
        }
    }

    @Test
    void waitsWhileHiddenAndQueriesOnceShown() {
        try (Setup s = setup()) {
            s.gaps().activeProperty().set(false);
            long queries = s.gaps().queriesProperty().get();
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 5), ImportOptions.DEFAULT);
            s.gaps().segmentProperty().set("Regulars");
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries);
            s.gaps().activeProperty().set(true);
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries + 1);
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo("3 thin");
        }
    }

    @Test
    void readsANewlyOpenedCanvasAtOnceEvenWhileHidden() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 5), ImportOptions.DEFAULT);
            s.gaps().activeProperty().set(false);
            long queries = s.gaps().queriesProperty().get();

            s.fixture().workbench.createCanvas("Second shop");
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries + 1);
            assertThat(s.gaps().rows()).isEmpty();
            s.fixture().workbench.showCanvas(s.canvasId());
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries + 2);
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo("5");

            s.gaps().segmentProperty().set("Regulars");
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries + 2);
            s.gaps().activeProperty().set(true);
            assertThat(s.gaps().queriesProperty().get()).isEqualTo(queries + 3);
        }
    }

    @Test
    void aChangeReadsTheRecordsOnceEvenFromALaterPage() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 120), ImportOptions.DEFAULT);
            ImmediateRunner runner = s.fixture().runner;
            List<Runnable> changes = List.of(
                    () -> s.gaps().voiceProperty().set(Voice.EMPLOYEE),
                    () -> s.gaps().segmentProperty().set("Tourists"),
                    () -> s.gaps().onlyWithCommentsProperty().set(false),
                    () -> s.gaps().drillVoiceProperty().set(null),
                    () -> s.gaps().selectPromise(GapTestCanvas.promise(s.fixture().workbench, "Low prices")));
            List<Integer> reads = new ArrayList<>();
            for (Runnable change : changes) {
                s.gaps().voiceProperty().set(Voice.CUSTOMER);
                s.gaps().segmentProperty().set("");
                s.gaps().selectPromise(GapTestCanvas.promise(s.fixture().workbench, "Always in stock"));
                s.gaps().onlyWithCommentsProperty().set(true);
                s.gaps().nextPage();
                assertThat(s.gaps().pageProperty().get()).isEqualTo(1);
                int before = runner.ran;
                change.run();
                reads.add(runner.ran - before);
                assertThat(s.gaps().pageProperty().get()).isZero();
            }
            // A filter change reads the report and then the records; the drill-down's own choices, the records.
            assertThat(reads).containsExactly(2, 2, 1, 1, 1);
            assertThat(s.gaps().records()).isEmpty();
        }
    }

    @Test
    void whileHiddenANewCanvasReadsItsReportAndItsRecordsSoTheFirstVisitOnlyDraws() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 120), ImportOptions.DEFAULT);
            s.gaps().activeProperty().set(false);
            s.fixture().workbench.createCanvas("Second shop");
            ImmediateRunner runner = s.fixture().runner;
            int before = runner.ran;

            s.fixture().workbench.showCanvas(s.canvasId());
            assertThat(runner.ran - before).as("the canvas, its report and its records").isEqualTo(3);
            assertThat(s.gaps().rows().get(0).n().text()).isEqualTo("120");
            assertThat(s.gaps().pageTextProperty().get()).isEqualTo("1–50 of 120 comments");
            assertThat(s.gaps().records()).hasSize(50);

            s.gaps().activeProperty().set(true);
            assertThat(runner.ran - before).as("nothing more to read").isEqualTo(3);
        }
    }

    @Test
    void drillsDownToTheCommentsBehindAPromiseAPageAtATime() {
        try (Setup s = setup()) {
            s.importer().start(s.canvasId(), GapTestCanvas.longFile(dir, "stock.csv", 120), ImportOptions.DEFAULT);
            long stock = GapTestCanvas.promise(s.fixture().workbench, "Always in stock");
            assertThat(s.gaps().selectedPromiseIdProperty().get()).isEqualTo(stock); // the top deficit
            assertThat(s.gaps().pageTextProperty().get()).isEqualTo("1–50 of 120 comments");
            assertThat(s.gaps().records()).hasSize(50);
            List<String> seen = new ArrayList<>(s.gaps().records().stream().map(Feedback::comment).toList());

            s.gaps().nextPage();
            assertThat(s.gaps().pageTextProperty().get()).isEqualTo("51–100 of 120 comments");
            s.gaps().nextPage();
            assertThat(s.gaps().records()).hasSize(20);
            s.gaps().nextPage();
            assertThat(s.gaps().pageProperty().get()).isEqualTo(2);
            seen.addAll(s.gaps().records().stream().map(Feedback::comment).toList());
            s.gaps().previousPage();
            seen.addAll(s.gaps().records().stream().map(Feedback::comment).toList());
            assertThat(seen).doesNotHaveDuplicates().hasSize(120).contains("Comment 0", "Comment 119");

            s.gaps().segmentProperty().set("Tourists");
            assertThat(s.gaps().pageProperty().get()).isZero();
            assertThat(s.gaps().pageTextProperty().get()).isEqualTo("1–40 of 40 comments");
            assertThat(s.gaps().records()).isNotEmpty().allSatisfy(f -> assertThat(f.segment()).isEqualTo("Tourists"));

            s.gaps().selectPromise(GapTestCanvas.promise(s.fixture().workbench, "Low prices"));
            assertThat(s.gaps().selectedRowProperty().get().promise()).isEqualTo("Low prices");
            assertThat(s.gaps().records()).isEmpty();
            assertThat(s.gaps().pageTextProperty().get()).isEqualTo("No comments");
        }
    }

    @Test
    void addsEditsAndDeletesRecordsUndoably() {
        try (Setup s = setup()) {
            long prices = GapTestCanvas.promise(s.fixture().workbench, "Low prices");
            s.gaps().selectPromise(prices);
            s.dialogs().edit = f -> f.withScore(8, FeedbackScale.ZERO_TO_TEN, null).withComment("Cheaper than the chain");
            s.gaps().addRecord();
            assertThat(s.dialogs().editedFrom.get(0).promiseItemId()).isEqualTo(prices);
            assertThat(s.dialogs().editedFrom.get(0).date()).isEqualTo(LocalDate.of(2026, 3, 4));
            assertThat(storedCount(s)).isEqualTo(1);
            assertThat(s.gaps().stateProperty().get()).isEqualTo(GapViewModel.State.READY);
            assertThat(s.gaps().records()).extracting(Feedback::comment).containsExactly("Cheaper than the chain");
            assertThat(s.gaps().selectedRowProperty().get().delivered().text()).isEqualTo("4.20");

            Feedback added = s.gaps().records().get(0);
            s.dialogs().edit = f -> f.withScore(2, FeedbackScale.ONE_TO_FIVE, 4.0);
            s.gaps().editRecord(added);
            assertThat(s.gaps().selectedRowProperty().get().delivered().text()).isEqualTo("2.00");
            assertThat(s.gaps().selectedRowProperty().get().servqual().text()).isEqualTo("−2.00");

            s.gaps().deleteRecord(s.gaps().records().get(0));
            assertThat(storedCount(s)).isZero();
            assertThat(s.gaps().stateProperty().get()).isEqualTo(GapViewModel.State.NO_FEEDBACK);

            s.fixture().workbench.undo();
            assertThat(storedCount(s)).isEqualTo(1);
            assertThat(s.gaps().records()).extracting(Feedback::score).containsExactly(2.0);
            s.fixture().workbench.undo();
            assertThat(s.gaps().records()).extracting(Feedback::score).containsExactly(8.0);
            s.fixture().workbench.undo();
            assertThat(storedCount(s)).isZero();
            s.fixture().workbench.redo();
            assertThat(storedCount(s)).isEqualTo(1);
        }
    }

    @Test
    void aCancelledAddChangesNothing() {
        try (Setup s = setup()) {
            s.dialogs().edit = f -> null;
            s.gaps().addRecord();
            assertThat(storedCount(s)).isZero();
            assertThat(s.fixture().workbench.canUndoProperty().get()).isTrue(); // only the canvas was added
            assertThat(s.fixture().workbench.undoTextProperty().get()).doesNotContain("feedback");
        }
    }
}
