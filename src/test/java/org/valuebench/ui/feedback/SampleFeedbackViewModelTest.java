package org.valuebench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuebench.app.feedback.FeedbackSamples;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.ui.gaps.GapTestCanvas;
import org.valuebench.ui.workbench.TestCanvases;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Help ▸ Sample feedback files on a real workspace: a sample starts the usual import on the shown canvas. */
class SampleFeedbackViewModelTest {
    @TempDir
    Path dir;

    private static FeedbackSamples.Sample sample(String fileName) {
        return FeedbackSamples.all().stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    private List<Feedback> records(ViewModelFixture f, long canvasId) {
        List<Feedback> list = new ArrayList<>();
        ViewModelFixture.inDatabase(f.file, wb -> list.addAll(new FeedbackUseCases(wb).records(canvasId, 0, null,
                null, 0, 1000)));
        return list;
    }

    private static long cafe(ViewModelFixture f) {
        return TestCanvases.add(f.workbench, SampleWorkspace.canvases().stream()
                .filter(c -> c.canvas().name().equals("Corner café")).findFirst().orElseThrow());
    }

    @Test
    void theGoogleFormsSampleOpensTheMappingStepOnACopyAndItsQuestionsNameTheCafesPromises() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = cafe(f);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            Path scratch = dir.resolve("scratch");
            SampleFeedbackViewModel samples = new SampleFeedbackViewModel(f.workbench, importer, dialogs, () -> scratch);

            samples.importSample(sample("google-forms.csv"));

            SurveyMappingViewModel mapping = dialogs.lastMapping;
            assertThat(mapping).as("the mapping step was shown").isNotNull();
            assertThat(mapping.preview().fileName()).isEqualTo("google-forms.csv");
            assertThat(scratch.resolve("google-forms.csv")).exists();
            assertThat(mapping.toMapping().questions()).extracting(SurveyQuestion::promise).containsExactly(
                    "Single-origin beans, roasted this week", "Order ahead in the app, skip the queue",
                    "Greeted by name by a barista who remembers your order");
            assertThat(mapping.toMapping().segmentColumn()).isEqualTo("Which location do you usually visit?");
            // 12 respondents, 3 questions, one answer left blank.
            assertThat(records(f, canvasId)).hasSize(35)
                    .anySatisfy(r -> assertThat(r.comment()).isEqualTo("Order vanished from the app twice this week"));
            assertThat(importer.resultProperty().get()).isEqualTo("Imported 35 records from google-forms.csv");
        }
    }

    @Test
    void theLongFormatSampleAsksOnlyForTheImportOptions() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = cafe(f);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            SampleFeedbackViewModel samples = new SampleFeedbackViewModel(f.workbench, importer, dialogs,
                    () -> dir.resolve("scratch"));

            samples.importSample(sample("valuebench-long-format.csv"));

            assertThat(dialogs.lastMapping).isNull();
            assertThat(dialogs.errors).isEmpty();
            assertThat(records(f, canvasId)).hasSize(12);
        }
    }

    static List<String> hintedSamples() {
        return FeedbackSamples.all().stream().map(FeedbackSamples.Sample::fileName)
                .filter(n -> !n.equals("google-forms.csv") && !n.equals("valuebench-long-format.csv"))
                .filter(n -> FeedbackSamples.class.getResource(FeedbackSamples.RESOURCE_FOLDER + n) != null).toList();
    }

    /**
     * Every other sample comes from a tool whose layout ValueBench knows. An app store's or a support tool's
     * opens with its ratings set up but no promise chosen: once each is matched to a promise it imports. A survey
     * API's (Typeform, Qualtrics) names no ratings: its questions come from a saved mapping, loaded in the step.
     * The result names the responses left out. On the "Corner shop" canvas the fixtures' mappings are written for.
     * A workbook (Microsoft Forms, SurveyMonkey) opens the step on its sheet; its questions are mapped by hand.
     */
    @ParameterizedTest
    @MethodSource("hintedSamples")
    void aSampleOfAKnownLayoutImportsOnceItsRatingsAreMatchedToPromises(String fileName) {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            long canvasId = GapTestCanvas.addTo(f.workbench);
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            SampleFeedbackViewModel samples = new SampleFeedbackViewModel(f.workbench, importer, dialogs,
                    () -> dir.resolve("scratch"));
            List<String> promises = List.of("Always in stock", "Low prices", "Quick checkout");
            Map<String, String> savedMappings = Map.of("typeform-responses.json", "typeform-responses.mapping.json",
                    "qualtrics-responses.json", "qualtrics.mapping.json");
            // A workbook's questions are the user's to map, its answers often labels to score: the step is shown
            // with the workbook's sheet and its date column, and cancelled here.
            boolean workbook = fileName.endsWith(".xlsx");
            dialogs.mapping = m -> {
                if (workbook) {
                    assertThat(m.preview().format()).isEqualTo(FeedbackFormat.XLSX);
                    assertThat(m.preview().sheet()).isNotEmpty();
                    assertThat(m.columns()).anySatisfy(c -> assertThat(c.roleProperty().get())
                            .isEqualTo(SurveyColumnRole.DATE));
                    return Optional.empty();
                }
                List<SurveyColumnMapping> ratings = m.columns().stream()
                        .filter(c -> c.roleProperty().get() == SurveyColumnRole.QUESTION).toList();
                if (savedMappings.containsKey(fileName)) {
                    assertThat(ratings).as("a survey's questions are the user's to map").isEmpty();
                    dialogs.files.add(GapTestCanvas.fixture(savedMappings.get(fileName)));
                    m.loadMapping();
                } else {
                    assertThat(ratings).as("rating columns from the hints").isNotEmpty()
                            .allSatisfy(c -> assertThat(c.promiseProperty().get()).isNull());
                    assertThat(m.problemProperty().get()).startsWith("Choose the promise the ratings in");
                    for (int i = 0; i < ratings.size(); i++) {
                        ratings.get(i).promiseProperty().set(promises.get(i % promises.size()));
                    }
                }
                assertThat(m.problemProperty().get()).isEmpty();
                return Optional.of(m.options());
            };

            samples.importSample(sample(fileName));

            assertThat(dialogs.errors).isEmpty();
            assertThat(dialogs.reportSummaries).isEmpty();
            assertThat(dialogs.lastMapping.preview().fileName()).isEqualTo(fileName);
            if (workbook) {
                assertThat(records(f, canvasId)).isEmpty();
                return;
            }
            assertThat(importer.resultProperty().get()).startsWith("Imported ").contains(" from " + fileName);
            assertThat(records(f, canvasId)).isNotEmpty();
            if (!dialogs.lastMapping.excludedProperty().get().isEmpty()) {
                assertThat(importer.resultProperty().get()).contains(". Left out ");
            }
        }
    }

    @Test
    void withoutACanvasItSaysWhyAndCopiesNothing() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            Path scratch = dir.resolve("scratch");
            SampleFeedbackViewModel samples = new SampleFeedbackViewModel(f.workbench, importer, dialogs, () -> scratch);
            samples.importSample(sample("google-forms.csv"));
            assertThat(dialogs.errors).singleElement().asString().contains("Open or create a canvas first");
            assertThat(scratch).doesNotExist();
        }
    }

    @Test
    void savingTheSamplesWritesThemToTheChosenFolderAndSaysSo() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("w.db"))) {
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);
            SampleFeedbackViewModel samples = new SampleFeedbackViewModel(f.workbench, importer, dialogs,
                    () -> dir.resolve("scratch"));
            dialogs.files.add(dir);
            samples.saveAll();
            assertThat(dialogs.errors).isEmpty();
            assertThat(dir.resolve("google-forms.csv")).exists();
            assertThat(f.workbench.statusProperty().get().text()).startsWith("Saved " + samples.samples().size()
                    + " sample feedback files to ");

            dialogs.files.add(dir); // again: nothing is overwritten
            samples.saveAll();
            assertThat(f.workbench.statusProperty().get().text()).startsWith("Saved 0 sample feedback files")
                    .contains("; left microsoft-forms.xlsx, surveymonkey.xlsx, google-forms.csv,").endsWith(" as they were");
            Optional<Path> none = dialogs.chooseFolder("", null);
            assertThat(none).isEmpty();
        }
    }
}
