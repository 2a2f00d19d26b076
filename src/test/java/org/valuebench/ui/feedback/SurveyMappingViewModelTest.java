package org.valuebench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.SurveyShape;
import org.valuebench.domain.Voice;

/** The mapping step on its own: expectation and comment columns per question, answer labels, header rows. */
class SurveyMappingViewModelTest {
    private static final List<Item> PROMISES = List.of(
            Item.draft(1, Section.BENEFITS, "Served fast").withId(11).withPromise(true, 4),
            Item.draft(1, Section.EXPERIENCE, "Friendly staff").withId(12).withPromise(true, 4));
    private final List<Integer> rereads = new ArrayList<>();

    private static SurveyPreview preview(int headerRows) {
        List<String> labels = List.of("Timestamp", "How fast were you served?", "How fast did you expect?",
                "Why?", "How friendly were we?");
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            columns.add(new SurveyColumn(i, labels.get(i) + (headerRows > 1 ? " (again)" : ""), List.of(labels.get(i)), ""));
        }
        return new SurveyPreview("survey.csv", SurveyShape.GOOGLE_FORMS, ',', headerRows, columns, List.of(
                List.of("2024-03-01", "4", "5", "Queue at the till", "Very friendly"),
                List.of("2024-03-02", "2", "4", "", "Not friendly"),
                List.of("2024-03-03", "5", "", "", "")));
    }

    private SurveyMappingViewModel model() {
        SurveyMappingViewModel.MappingFiles files = new SurveyMappingViewModel.MappingFiles() {
            @Override
            public void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure) {
                onFailure.accept("not used");
            }

            @Override
            public void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure) {
                onFailure.accept("not used");
            }

            @Override
            public void sheet(String sheet, Consumer<SurveyMappingViewModel.SheetRead> onRead,
                              Consumer<String> onFailure) {
                onFailure.accept("not used");
            }

            @Override
            public void preview(String sheet, int headerRows, Consumer<SurveyPreview> onRead,
                                Consumer<String> onFailure) {
                rereads.add(headerRows);
                if (headerRows == 4) {
                    onFailure.accept("The file has only 3 rows");
                } else {
                    onRead.accept(SurveyMappingViewModelTest.preview(headerRows));
                }
            }
        };
        return new SurveyMappingViewModel(preview(1), PROMISES, Optional.empty(), new ScriptedGapDialogs(), files,
                Path.of("."));
    }

    private static SurveyColumnMapping col(SurveyMappingViewModel model, int index) {
        return model.column(index).orElseThrow();
    }

    @Test
    void anExpectationColumnBelongsToTheQuestionBeforeItAndEndsUpInTheMapping() {
        SurveyMappingViewModel model = model();
        model.mapQuestion(1, "Served fast", FeedbackScale.ONE_TO_FIVE);

        col(model, 2).roleProperty().set(SurveyColumnRole.EXPECTATION);
        col(model, 3).roleProperty().set(SurveyColumnRole.QUESTION_COMMENT);

        assertThat(col(model, 2).questionProperty().get()).isSameAs(col(model, 1));
        assertThat(model.problemProperty().get()).isEmpty();
        SurveyQuestion question = model.toMapping().questions().get(0);
        assertThat(question.expectationColumn()).isEqualTo("How fast did you expect?");
        assertThat(question.commentColumn()).isEqualTo("Why?");
    }

    @Test
    void anExpectationWithoutAQuestionOrTwoForOneQuestionIsAProblem() {
        SurveyMappingViewModel model = model();
        col(model, 2).roleProperty().set(SurveyColumnRole.EXPECTATION);
        model.mapQuestion(1, "Served fast", FeedbackScale.ONE_TO_FIVE);
        assertThat(model.problemProperty().get()).isEqualTo("Choose the question that 'How fast did you expect?' belongs to.");

        col(model, 2).questionProperty().set(col(model, 1));
        col(model, 3).roleProperty().set(SurveyColumnRole.EXPECTATION);
        assertThat(model.problemProperty().get()).isEqualTo("Only one column can be the expectation for"
                + " 'How fast were you served?'.");
        assertThatThrownBy(model::toMapping).isInstanceOf(InvalidInputException.class);

        col(model, 1).roleProperty().set(SurveyColumnRole.IGNORE);
        assertThat(col(model, 2).questionProperty().get()).isNull();
    }

    @Test
    void answerLabelsNeedAScoreOnTheQuestionsScaleBeforeImport() {
        SurveyMappingViewModel model = model();
        model.mapQuestion(4, "Friendly staff", FeedbackScale.ONE_TO_FIVE);
        SurveyColumnMapping friendly = col(model, 4);

        assertThat(model.answerLabels(friendly)).containsExactly("Not friendly", "Very friendly");
        assertThat(model.answerLabels(col(model, 1))).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Give the answer 'Not friendly' in 'How friendly were we?'"
                + " a score (Answers…).");

        model.scoreAnswer(friendly, "Not friendly", 1.0);
        model.scoreAnswer(friendly, "Very friendly", 9.0);
        assertThat(model.messageProperty().get()).isEqualTo("9 is outside the scale 1-5");
        model.scoreAnswer(friendly, "Very friendly", 5.0);

        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.toMapping().questions().get(0).answers())
                .isEqualTo(Map.of("Not friendly", 1.0, "Very friendly", 5.0));
    }

    @Test
    void aLoadedMappingShowsItsExpectationCommentAndLabels() {
        SurveyMappingViewModel model = model();
        model.apply(new SurveyMapping(1, "Timestamp", "", "", "", "", Voice.EMPLOYEE, "survey", List.of(
                new SurveyQuestion("#2", "served fast", FeedbackScale.ONE_TO_FIVE, "#3", "Why?", Map.of()),
                new SurveyQuestion("How friendly were we?", "Friendly staff", FeedbackScale.ONE_TO_FIVE, "", "",
                        Map.of("Very friendly", 5.0, "Not friendly", 2.0)))));

        assertThat(col(model, 2).roleProperty().get()).isEqualTo(SurveyColumnRole.EXPECTATION);
        assertThat(col(model, 3).questionProperty().get()).isSameAs(col(model, 1));
        assertThat(col(model, 1).promiseProperty().get()).isEqualTo("Served fast");
        assertThat(model.problemProperty().get()).isEmpty();
        SurveyMapping back = model.toMapping();
        assertThat(back.questions()).extracting(SurveyQuestion::expectationColumn)
                .containsExactly("How fast did you expect?", "");
        assertThat(back.questions().get(1).answers()).containsEntry("Not friendly", 2.0);
        assertThat(back.voice()).isEqualTo(Voice.EMPLOYEE);
    }

    @Test
    void changingTheHeaderRowsReadsTheFileAgainAndEveryColumnKeepsItsUse() {
        SurveyMappingViewModel model = model();
        model.mapQuestion(1, "Served fast", FeedbackScale.ONE_TO_SEVEN);
        col(model, 2).roleProperty().set(SurveyColumnRole.EXPECTATION);
        col(model, 0).roleProperty().set(SurveyColumnRole.DATE);

        model.headerRowsProperty().set(2);

        assertThat(rereads).containsExactly(2);
        assertThat(model.preview().headerRows()).isEqualTo(2);
        assertThat(col(model, 1).column().label()).isEqualTo("How fast were you served? (again)");
        assertThat(col(model, 1).scaleProperty().get()).isEqualTo(FeedbackScale.ONE_TO_SEVEN);
        assertThat(col(model, 2).questionProperty().get()).isSameAs(col(model, 1));
        assertThat(col(model, 0).roleProperty().get()).isEqualTo(SurveyColumnRole.DATE);
        assertThat(model.toMapping().headerRows()).isEqualTo(2);

        model.headerRowsProperty().set(4);
        assertThat(model.messageProperty().get()).isEqualTo("The file has only 3 rows");
        assertThat(model.headerRowsProperty().get()).isEqualTo(2);
    }
}
