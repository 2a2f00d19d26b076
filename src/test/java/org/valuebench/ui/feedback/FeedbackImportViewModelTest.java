package org.valuebench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.ui.gaps.GapTestCanvas;
import org.valuebench.ui.gaps.GapViewModel;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Importing feedback through the window's model on a real workspace file, every task run at once. */
class FeedbackImportViewModelTest {
    @TempDir
    Path dir;

    private long stored(ViewModelFixture f, long canvasId) {
        long[] count = new long[1];
        ViewModelFixture.inDatabase(f.file, wb -> count[0] = new FeedbackUseCases(wb).count(canvasId));
        return count[0];
    }

    private List<Feedback> records(ViewModelFixture f, long canvasId) {
        List<Feedback> list = new ArrayList<>();
        ViewModelFixture.inDatabase(f.file, wb -> list.addAll(new FeedbackUseCases(wb).records(canvasId, 0, null,
                null, 0, 100)));
        return list;
    }

    @Test
    void importsALongFileWithProgressAndRefreshesTheGaps() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            GapViewModel gaps = new GapViewModel(f.workbench, dialogs, ViewModelFixture.CLOCK);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            List<Double> progress = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            importer.progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
            importer.progressTextProperty().addListener((obs, old, now) -> texts.add(now));

            dialogs.files.add(GapTestCanvas.longFile(dir, "many.csv", 5_000));
            importer.chooseAndImport();

            assertThat(stored(f, canvasId)).isEqualTo(5_000);
            // Reported every thousand rows (the bytes may run ahead: the file is read ahead on a helper thread).
            assertThat(texts).contains("Importing many.csv…").anySatisfy(t -> assertThat(t).startsWith("1,000 rows read"))
                    .anySatisfy(t -> assertThat(t).startsWith("4,000 rows read"));
            assertThat(progress).anySatisfy(p -> assertThat(p).isPositive());
            // Then, while the indexes are built and the records committed, an indeterminate bar.
            assertThat(texts).contains("Saving 5,000 records…");
            assertThat(progress.subList(progress.lastIndexOf(-1.0), progress.size())).containsExactly(-1.0, 1.0);
            assertThat(progress).last().isEqualTo(1.0);
            assertThat(importer.importingProperty().get()).isFalse();
            assertThat(importer.resultProperty().get()).isEqualTo("Imported 5,000 records from many.csv");
            assertThat(f.workbench.statusProperty().get().text()).isEqualTo("Imported 5,000 records from many.csv");
            assertThat(gaps.rows().get(0).n().text()).isEqualTo("5,000");
            assertThat(f.workbench.undoTextProperty().get()).startsWith("Undo Import");

            f.workbench.undo(); // the import is one step in the window's history
            assertThat(stored(f, canvasId)).isZero();
            assertThat(gaps.stateProperty().get()).isEqualTo(GapViewModel.State.NO_FEEDBACK);
        }
    }

    /** Cancel pressed while rows are read, or once they are all read and being saved. */
    @ParameterizedTest
    @ValueSource(strings = {"rows read", "Saving"})
    void aCancelledImportWritesNothing(String cancelWhenShowing) {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            importer.progressTextProperty().addListener((obs, old, now) -> {
                if (now.contains(cancelWhenShowing)) {
                    importer.cancel();
                }
            });
            importer.start(canvasId, GapTestCanvas.longFile(dir, "many.csv", 5_000), ImportOptions.DEFAULT);

            assertThat(stored(f, canvasId)).isZero();
            assertThat(importer.importingProperty().get()).isFalse();
            assertThat(importer.resultProperty().get()).isEqualTo("Import of many.csv cancelled; nothing was imported");
            assertThat(dialogs.errors).isEmpty();
            assertThat(f.workbench.undoTextProperty().get()).doesNotContain("Import");
        }
    }

    @Test
    void aRefusedFileShowsEachBadRowAndWritesNothing() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            dialogs.files.add(GapTestCanvas.fixture("long-bad-rows.csv"));
            importer.chooseAndImport();

            assertThat(stored(f, canvasId)).isZero();
            assertThat(dialogs.reports).hasSize(1);
            assertThat(dialogs.reportSummaries.get(0)).contains("Nothing was imported");
            assertThat(dialogs.reports.get(0)).anySatisfy(line -> assertThat(line).startsWith("row 3:")
                    .contains("Fast delivery"));
            assertThat(dialogs.reports.get(0)).anySatisfy(line -> assertThat(line).startsWith("row 5:"));
            assertThat(importer.resultProperty().get()).startsWith("long-bad-rows.csv was not imported");

            // With "skip invalid rows" the valid ones come in and the rest are reported.
            dialogs.longFormat = new ImportOptions(null, true, false);
            dialogs.files.add(GapTestCanvas.fixture("long-bad-rows.csv"));
            importer.chooseAndImport();
            assertThat(stored(f, canvasId)).isPositive();
            assertThat(dialogs.reports).hasSize(2);
            assertThat(importer.resultProperty().get()).contains("skipped");
        }
    }

    @Test
    void aFileThatIsNotFeedbackIsRefusedWithAMessage() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            dialogs.files.add(GapTestCanvas.fixture("not-utf8.csv"));
            importer.chooseAndImport();
            assertThat(dialogs.errors).singleElement().asString().isNotBlank();
            assertThat(stored(f, canvasId)).isZero();
        }
    }

    @Test
    void mapsASurveyExportSavesTheMappingAndImportsWithIt() throws Exception {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            Path saved = dir.resolve("forms.mapping.json");
            dialogs.mapping = m -> {
                assertThat(m.preview().columns()).hasSize(6);
                assertThat(m.problemProperty().get()).isNotEmpty(); // no column is named like a promise
                m.column(0).orElseThrow().roleProperty().set(SurveyColumnRole.DATE);
                m.dateFormatProperty().set("M/d/yyyy H:mm:ss");
                m.column(1).orElseThrow().roleProperty().set(SurveyColumnRole.RESPONDENT);
                m.mapQuestion(2, "Always in stock", FeedbackScale.ONE_TO_FIVE);
                m.mapQuestion(3, "Low prices", FeedbackScale.ONE_TO_FIVE);
                m.column(4).orElseThrow().roleProperty().set(SurveyColumnRole.SEGMENT);
                m.column(5).orElseThrow().roleProperty().set(SurveyColumnRole.COMMENT);
                assertThat(m.problemProperty().get()).isEmpty();
                dialogs.files.add(saved);
                m.saveMapping();
                assertThat(m.messageProperty().get()).isEqualTo("Mapping saved to forms.mapping.json");
                return Optional.of(m.options());
            };
            dialogs.files.add(GapTestCanvas.fixture("google-forms.csv"));
            importer.chooseAndImport();

            assertThat(records(f, canvasId)).hasSize(5)
                    .anySatisfy(r -> assertThat(r.comment()).isEqualTo("Out of milk, again"))
                    .allSatisfy(r -> assertThat(r.date()).isNotNull());
            assertThat(Files.readString(saved)).contains("\"valuebench-survey-mapping\"",
                    "How often do you find everything in stock?", "M/d/yyyy H:mm:ss");

            // The saved mapping loads into the next import and reads the same columns.
            SurveyMapping[] loaded = new SurveyMapping[1];
            dialogs.mapping = m -> {
                dialogs.files.add(saved);
                m.loadMapping();
                assertThat(m.messageProperty().get()).isEqualTo("Mapping loaded from forms.mapping.json");
                loaded[0] = m.toMapping();
                return Optional.empty(); // cancelled: nothing more is imported
            };
            dialogs.files.add(GapTestCanvas.fixture("google-forms.csv"));
            importer.chooseAndImport();
            assertThat(loaded[0].questions()).extracting(SurveyQuestion::promise)
                    .containsExactly("Always in stock", "Low prices");
            assertThat(loaded[0].dateColumn()).isEqualTo("Timestamp");
            assertThat(loaded[0].segmentColumn()).isEqualTo("Which store do you usually visit?");
            assertThat(records(f, canvasId)).hasSize(5);
        }
    }

    @Test
    void aSingleUseRoleMovesFromColumnToColumn() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            dialogs.mapping = m -> {
                m.column(0).orElseThrow().roleProperty().set(SurveyColumnRole.DATE);
                m.column(1).orElseThrow().roleProperty().set(SurveyColumnRole.DATE);
                assertThat(m.column(0).orElseThrow().roleProperty().get()).isEqualTo(SurveyColumnRole.IGNORE);
                m.column(2).orElseThrow().roleProperty().set(SurveyColumnRole.QUESTION);
                assertThat(m.problemProperty().get()).contains("Choose the promise");
                return Optional.empty();
            };
            dialogs.files.add(GapTestCanvas.fixture("google-forms.csv"));
            importer.chooseAndImport();
            assertThat(dialogs.lastMapping).isNotNull();
        }
    }
}
