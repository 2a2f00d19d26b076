package org.valuebench.ui.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Item;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.ui.fx.ErrorAlert;

/** The gap view's real dialogs, owned by the main window; files are asked for through {@link GapFileChooser}. */
public final class FxGapDialogs implements GapDialogs {
    private final Window owner;
    private final GapFileChooser files;

    public FxGapDialogs(Window owner, GapFileChooser files) {
        this.owner = owner;
        this.files = files;
    }

    @Override
    public Optional<Path> chooseFeedbackFile(Path folder) {
        return files.open("Import feedback", folder, FeedbackFileTypes.filters());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public Optional<Path> chooseMappingToOpen(Path folder) {
        return files.open("Load survey mapping", folder, "json");
    }

    @Override
    public Optional<Path> chooseMappingToSave(Path folder, String suggestedName) {
        return files.save("Save survey mapping", folder, suggestedName, "json");
    }

    @Override
    public Optional<ImportOptions> longFormatOptions(SurveyPreview preview) {
        Dialog<ImportOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import feedback");
        dialog.setHeaderText(preview.fileName() + ": " + preview.kind());
        dialog.getDialogPane().setId("longFormatDialog");
        CheckBox skip = new CheckBox("Skip invalid rows (import the valid ones, report the others)");
        skip.setId("importSkipInvalid");
        CheckBox duplicate = new CheckBox("Allow importing the same file again");
        duplicate.setId("importAllowDuplicate");
        Label hint = new Label("Without skipping, any invalid row refuses the whole file and nothing is imported.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(10, skip, duplicate, hint);
        box.setPadding(new Insets(8));
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType go = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(go).setId("importGo");
        dialog.setResultConverter(b -> b == go
                ? new ImportOptions(null, skip.isSelected(), duplicate.isSelected()).withFormat(preview.format())
                .withSheet(preview.sheet()) : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<ImportOptions> mapSurvey(SurveyMappingViewModel mapping) {
        return new SurveyMappingDialog(owner, mapping).showAndWait();
    }

    @Override
    public void showImportReport(String title, String summary, List<String> rows) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setId("importReportDialog");
        Label text = new Label(summary);
        text.setWrapText(true);
        text.setMaxWidth(620);
        ListView<String> list = new ListView<>();
        list.setId("importReportRows");
        list.getItems().setAll(rows);
        list.setPrefSize(640, Math.min(360, 30 + 26 * rows.size()));
        VBox box = new VBox(10, text, list);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public Optional<Feedback> editFeedback(String title, Feedback record, List<Item> promises) {
        return new FeedbackRecordDialog(owner, title, record, promises).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        ErrorAlert.show(owner, title, message);
    }
}
