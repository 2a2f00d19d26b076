package org.valuebench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.ExcludedResponses;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.Item;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.Section;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.SurveyShape;
import org.valuebench.domain.Voice;

/**
 * The mapping step for the kinds of file whose layout is known: the hints fill it in but for the promises, the
 * rule and the left-out responses are shown, the kinds of response to include reach the mapping, and a
 * workbook's sheet can be chosen; the options carry the kind of file and the sheet to the import.
 */
class SurveyMappingHintsTest {
    private static final List<Item> PROMISES = List.of(
            Item.draft(1, Section.BENEFITS, "Resolved on the first contact").withId(11).withPromise(true, 4),
            Item.draft(1, Section.EXPERIENCE, "Friendly agents").withId(12).withPromise(true, 4));
    private static final FormatHints ZENDESK = new FormatHints("created_at", "", "", "requester_id", "comment",
            Voice.CUSTOMER, "support ticket", List.of(new FormatHints.Rating("score", FeedbackScale.ONE_TO_FIVE,
            Map.of("good", 5.0, "bad", 1.0))), "Zendesk's good counts as 5 and bad as 1 on the 1-5 scale.");
    private final List<String> sheetsRead = new ArrayList<>();
    private final List<String> rereads = new ArrayList<>();

    private static SurveyPreview preview(String fileName, FeedbackFormat format, List<String> sheets, String sheet,
                                         List<String> labels, FormatHints hints, ExcludedResponses excluded) {
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            columns.add(new SurveyColumn(i, labels.get(i), List.of(labels.get(i)), ""));
        }
        List<List<String>> rows = List.of(labels.stream().map(l -> l.equals("score") ? "good" : "4").toList(),
                labels.stream().map(l -> l.equals("score") ? "bad" : "5").toList());
        return new SurveyPreview(fileName, SurveyShape.WIDE, ',', 1, columns, rows, format, sheets, sheet, hints,
                excluded);
    }

    private static SurveyPreview zendesk() {
        return preview("satisfaction_ratings.json", FeedbackFormat.ZENDESK, List.of(), "",
                List.of("id", "score", "comment", "created_at", "requester_id"), ZENDESK,
                new ExcludedResponses(Map.of(ResponseKind.TEST, 2L, ResponseKind.PARTIAL, 1L), false));
    }

    private static SurveyPreview workbook(String sheet) {
        return preview("responses.xlsx", FeedbackFormat.XLSX, List.of("Responses", "Summary"), sheet,
                List.of("Start time", "Resolved on the first contact?", sheet + " notes"), FormatHints.NONE,
                ExcludedResponses.NONE);
    }

    private SurveyMappingViewModel model(SurveyPreview preview, Optional<SurveyMapping> suggestion) {
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
            public void preview(String sheet, int headerRows, Consumer<SurveyPreview> onRead,
                                Consumer<String> onFailure) {
                rereads.add(sheet + " " + headerRows);
                onRead.accept(workbook(sheet));
            }

            @Override
            public void sheet(String sheet, Consumer<SurveyMappingViewModel.SheetRead> onRead,
                              Consumer<String> onFailure) {
                sheetsRead.add(sheet);
                if (sheet.equals("Broken")) {
                    onFailure.accept("Sheet 'Broken' is empty");
                } else {
                    onRead.accept(new SurveyMappingViewModel.SheetRead(workbook(sheet), Optional.of(new SurveyMapping(
                            1, "", "", "", "", "", Voice.CUSTOMER, "survey", List.of(SurveyQuestion.of(
                            "Resolved on the first contact?", "Resolved on the first contact",
                            FeedbackScale.ONE_TO_FIVE))))));
                }
            }
        };
        return new SurveyMappingViewModel(preview, PROMISES, suggestion, new ScriptedGapDialogs(), files, Path.of("."));
    }

    private static SurveyColumnMapping col(SurveyMappingViewModel model, int index) {
        return model.column(index).orElseThrow();
    }

    @Test
    void theHintsSetTheRatingAndTheOtherColumnsButLeaveThePromiseToTheUser() {
        SurveyMappingViewModel model = model(zendesk(), Optional.empty());

        SurveyColumnMapping score = col(model, 1);
        assertThat(score.roleProperty().get()).isEqualTo(SurveyColumnRole.QUESTION);
        assertThat(score.promiseProperty().get()).isNull();
        assertThat(score.scaleProperty().get()).isEqualTo(FeedbackScale.ONE_TO_FIVE);
        assertThat(score.answers()).containsEntry("good", 5.0).containsEntry("bad", 1.0);
        assertThat(col(model, 2).roleProperty().get()).isEqualTo(SurveyColumnRole.COMMENT);
        assertThat(col(model, 3).roleProperty().get()).isEqualTo(SurveyColumnRole.DATE);
        assertThat(col(model, 4).roleProperty().get()).isEqualTo(SurveyColumnRole.RESPONDENT);
        assertThat(col(model, 0).roleProperty().get()).isEqualTo(SurveyColumnRole.IGNORE);
        assertThat(model.channelProperty().get()).isEqualTo("support ticket");
        assertThat(model.voiceProperty().get()).isEqualTo(Voice.CUSTOMER);
        assertThat(model.problemProperty().get())
                .isEqualTo("Choose the promise the ratings in 'score' measure (the file does not say which), or set"
                        + " the column to Not imported.");
        assertThat(model.messageProperty().get()).contains("Zendesk satisfaction ratings")
                .contains("choose the promise each one measures");
        assertThat(model.ruleProperty().get()).isEqualTo("Zendesk's good counts as 5 and bad as 1 on the 1-5 scale.");
        assertThat(model.excludedProperty().get())
                .isEqualTo("Left out at least 2 test responses and 1 unfinished response (not customers' feedback;"
                        + " the mapping can include them)");
        assertThat(model.choosesSheet()).isFalse();

        score.promiseProperty().set("Resolved on the first contact");
        assertThat(model.problemProperty().get()).isEmpty();
        ImportOptions options = model.options();
        assertThat(options.format()).isEqualTo(FeedbackFormat.ZENDESK);
        assertThat(options.sheet()).isEmpty();
        assertThat(options.mapping().questions()).singleElement().satisfies(q -> {
            assertThat(q.column()).isEqualTo("score");
            assertThat(q.answers()).containsEntry("good", 5.0);
        });
        assertThat(options.mapping().dateColumn()).isEqualTo("created_at");
        assertThat(options.mapping().include()).isEmpty();
    }

    @Test
    void aPromiseTheSuggestionFoundStaysAndTheHintsTakeTheirSingleRolesFromIt() {
        SurveyMapping suggested = new SurveyMapping(1, "id", "", "", "", "", Voice.CUSTOMER, "survey",
                List.of(SurveyQuestion.of("score", "Friendly agents", FeedbackScale.ONE_TO_TEN)));
        SurveyMappingViewModel model = model(zendesk(), Optional.of(suggested));
        assertThat(col(model, 1).promiseProperty().get()).isEqualTo("Friendly agents");
        assertThat(col(model, 1).scaleProperty().get()).isEqualTo(FeedbackScale.ONE_TO_FIVE);
        assertThat(col(model, 0).roleProperty().get()).isEqualTo(SurveyColumnRole.IGNORE);
        assertThat(col(model, 3).roleProperty().get()).isEqualTo(SurveyColumnRole.DATE);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void theKindsOfResponseToIncludeReachTheMappingAndComeBackFromALoadedOne() {
        SurveyMappingViewModel model = model(zendesk(), Optional.empty());
        col(model, 1).promiseProperty().set("Friendly agents");
        for (ResponseKind kind : ResponseKind.values()) {
            assertThat(model.includeProperty(kind).get()).as(kind.id()).isFalse();
        }
        model.includeProperty(ResponseKind.PARTIAL).set(true);
        model.includeProperty(ResponseKind.TEST).set(true);
        SurveyMapping mapping = model.toMapping();
        assertThat(mapping.include()).containsExactlyInAnyOrder(ResponseKind.PARTIAL, ResponseKind.TEST);

        model.apply(mapping.withInclude(Set.of(ResponseKind.PREVIEW)));
        assertThat(model.includeProperty(ResponseKind.PREVIEW).get()).isTrue();
        assertThat(model.includeProperty(ResponseKind.PARTIAL).get()).isFalse();
        assertThat(model.options().mapping().include()).containsExactly(ResponseKind.PREVIEW);
    }

    @Test
    void anotherSheetIsReadAndMappedAfreshAndTheImportReadsThatSheet() {
        SurveyMappingViewModel model = model(workbook("Responses"), Optional.empty());
        assertThat(model.choosesSheet()).isTrue();
        assertThat(model.sheets()).containsExactly("Responses", "Summary");
        assertThat(model.sheetProperty().get()).isEqualTo("Responses");

        model.sheetProperty().set("Summary");

        assertThat(sheetsRead).containsExactly("Summary");
        assertThat(model.preview().sheet()).isEqualTo("Summary");
        assertThat(col(model, 2).column().label()).isEqualTo("Summary notes");
        assertThat(col(model, 1).promiseProperty().get()).isEqualTo("Resolved on the first contact");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.options().sheet()).isEqualTo("Summary");
        assertThat(model.options().format()).isEqualTo(FeedbackFormat.XLSX);

        // The header rows of the chosen sheet are read again from that sheet.
        model.headerRowsProperty().set(2);
        assertThat(rereads).containsExactly("Summary 2");
    }

    @Test
    void aSheetThatCannotBeReadSaysWhyAndTheShownSheetStays() {
        SurveyMappingViewModel model = model(workbook("Responses"), Optional.empty());
        model.sheetProperty().set("Broken");
        assertThat(model.messageProperty().get()).isEqualTo("Sheet 'Broken' is empty");
        assertThat(model.sheetProperty().get()).isEqualTo("Responses");
        assertThat(model.preview().sheet()).isEqualTo("Responses");
    }
}
