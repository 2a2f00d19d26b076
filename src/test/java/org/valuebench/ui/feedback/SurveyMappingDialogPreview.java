package org.valuebench.ui.feedback;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
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
import org.valuebench.domain.SurveyShape;
import org.valuebench.domain.Voice;

/**
 * Shows the mapping step for a hinted file (a Zendesk export, or a workbook of two sheets), for looking at it
 * under a display: {@code java ... SurveyMappingDialogPreview light|dark [zendesk|workbook [FILE]]}. Not a test.
 */
public final class SurveyMappingDialogPreview {
    private SurveyMappingDialogPreview() {
    }

    public static void main(String[] args) {
        boolean dark = args.length > 0 && args[0].equals("dark");
        boolean workbook = args.length > 1 && args[1].equals("workbook");
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            // A third argument names a real feedback file, read as the import reads it.
            SurveyPreview preview = args.length > 2 ? org.valuebench.io.feedback.FeedbackSources.preview(
                    Path.of(args[2]), null, "", FeedbackImportViewModel.PREVIEW_ROWS, 0)
                    : workbook ? workbook() : zendesk();
            new SurveyMappingDialog(null, model(preview)).showAndWait();
            Platform.exit();
        });
    }

    /** The mapping step for {@code preview} on a call centre's two promises. */
    static SurveyMappingViewModel model(SurveyPreview preview) {
        return new SurveyMappingViewModel(preview, List.of(
                Item.draft(1, Section.BENEFITS, "Resolved on the first contact").withId(11).withPromise(true, 5),
                Item.draft(1, Section.EXPERIENCE, "Agents already know who you are and why you call").withId(12)
                        .withPromise(true, 4)), Optional.empty(), new ScriptedGapDialogs(), files(), Path.of("."));
    }

    static SurveyPreview zendesk() {
        List<String> labels = List.of("id", "url", "score", "comment", "reason", "created_at", "requester_id",
                "ticket_id", "group_id");
        List<List<String>> rows = List.of(
                List.of("35436", "https://example.zendesk.com/api/v2/satisfaction_ratings/35436.json", "good",
                        "Sorted in one call, thank you", "", "2026-10-05T09:12:44Z", "7001", "1201", "44"),
                List.of("35437", "https://example.zendesk.com/api/v2/satisfaction_ratings/35437.json", "bad",
                        "Had to explain everything twice", "Issue took too long to resolve", "2026-10-05T11:40:02Z",
                        "7002", "1202", "44"),
                List.of("35440", "https://example.zendesk.com/api/v2/satisfaction_ratings/35440.json", "good", "",
                        "", "2026-10-06T08:03:17Z", "7003", "1207", "45"));
        FormatHints hints = new FormatHints("created_at", "", "group_id", "requester_id", "comment", Voice.CUSTOMER,
                "support ticket", List.of(new FormatHints.Rating("score", FeedbackScale.ONE_TO_FIVE,
                Map.of("good", 5.0, "bad", 1.0))), "Zendesk's good counts as 5 and bad as 1 on the 1–5 scale;"
                + " offered and unoffered ratings are not answers and are left out.");
        return new SurveyPreview("satisfaction_ratings.json", SurveyShape.WIDE, ',', 1, columns(labels), rows,
                FeedbackFormat.ZENDESK, List.of(), "", hints,
                new ExcludedResponses(Map.of(ResponseKind.TEST, 1L), false));
    }

    static SurveyPreview workbook() {
        List<String> labels = List.of("ID", "Start time", "Completion time", "Email", "Name",
                "How satisfied are you with how quickly your issue was resolved?", "Anything else?");
        List<List<String>> rows = List.of(
                List.of("1", "2026-10-05T09:12:44", "2026-10-05T09:14:02", "anonymous", "", "4", ""),
                List.of("2", "2026-10-05T10:02:10", "2026-10-05T10:03:55", "anonymous", "", "2", "Waited on hold"));
        FormatHints hints = new FormatHints("Completion time", "", "", "ID", "Anything else?", null, "",
                List.of(FormatHints.Rating.of("How satisfied are you with how quickly your issue was resolved?",
                        FeedbackScale.ONE_TO_FIVE)), "");
        return new SurveyPreview("microsoft-forms.xlsx", SurveyShape.WIDE, ',', 1, columns(labels), rows,
                FeedbackFormat.XLSX, List.of("Sheet1", "Summary"), "Sheet1", hints, ExcludedResponses.NONE);
    }

    private static List<SurveyColumn> columns(List<String> labels) {
        List<SurveyColumn> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            columns.add(new SurveyColumn(i, labels.get(i), List.of(labels.get(i)), ""));
        }
        return columns;
    }

    static SurveyMappingViewModel.MappingFiles files() {
        return new SurveyMappingViewModel.MappingFiles() {
            @Override
            public void read(Path file, Consumer<SurveyMapping> onRead, Consumer<String> onFailure) {
                onFailure.accept("Loading is not part of this preview");
            }

            @Override
            public void write(SurveyMapping mapping, Path file, Runnable onWritten, Consumer<String> onFailure) {
                onFailure.accept("Saving is not part of this preview");
            }

            @Override
            public void preview(String sheet, int headerRows, Consumer<SurveyPreview> onRead,
                                Consumer<String> onFailure) {
                onFailure.accept("Reading again is not part of this preview");
            }

            @Override
            public void sheet(String sheet, Consumer<SurveyMappingViewModel.SheetRead> onRead,
                              Consumer<String> onFailure) {
                onFailure.accept("Reading another sheet is not part of this preview");
            }
        };
    }
}
