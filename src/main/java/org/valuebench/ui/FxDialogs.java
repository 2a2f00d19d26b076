package org.valuebench.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.exchange.PaperSize;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.ui.connect.ConnectDialog;
import org.valuebench.ui.fx.ErrorAlert;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.Dialogs;
import org.valuebench.ui.workbench.ExportFormat;
import org.valuebench.ui.workbench.VersionChoice;

/** The real dialogs, owned by the main window. */
final class FxDialogs implements Dialogs {
    private static final FileChooser.ExtensionFilter WORKSPACES =
            new FileChooser.ExtensionFilter("ValueBench workspaces (*.db)", "*.db");
    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        ErrorAlert.show(owner, title, message);
    }

    @Override
    public VersionChoice chooseVersion(EditConflictException conflict) {
        return VersionConflictDialog.ask(owner, conflict);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path folder) {
        FileChooser chooser = chooser("Open workspace", folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewWorkspace(Path folder) {
        FileChooser chooser = chooser("New workspace", folder);
        chooser.setInitialFileName("workspace.db");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ".db"));
    }

    @Override
    public Optional<TeamAddress> connectToTeam(TeamAddress suggested) {
        return ConnectDialog.ask(owner, suggested, System.getenv());
    }

    @Override
    public Optional<Path> chooseExportFile(ExportFormat format, Path folder, String fileName) {
        FileChooser chooser = chooser("Export " + format.label(), orHome(folder),
                new FileChooser.ExtensionFilter(format.filterDescription(), "*." + format.extension()));
        chooser.setInitialFileName(fileName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(format::withExtension);
    }

    @Override
    public Optional<Path> chooseCanvasFileToImport(Path folder) {
        FileChooser chooser = chooser("Import canvas", orHome(folder),
                new FileChooser.ExtensionFilter(ExportFormat.JSON.filterDescription(), "*.json"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<PaperSize> choosePaperSize(PaperSize suggested) {
        return choosePdfOptions(suggested, List.of()).map(PdfOptions::paper);
    }

    /** The page size and, when the canvas has versions, "Changes since version…" (None first and chosen). */
    @Override
    public Optional<PdfOptions> choosePdfOptions(PaperSize suggested, List<CanvasVersion> versions) {
        ComboBox<PaperSize> sizes = new ComboBox<>(FXCollections.observableArrayList(PaperSize.values()));
        sizes.setId("paperSize");
        sizes.setValue(suggested);
        sizes.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaperSize size) {
                return size == null ? "" : paperLabel(size);
            }

            @Override
            public PaperSize fromString(String text) {
                return suggested;
            }
        });
        Label label = new Label("Page size:");
        label.setLabelFor(sizes);
        HBox choice = new HBox(10, label, sizes);
        choice.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("A4 or US Letter for handing out, A3 for a workshop poster.");
        hint.getStyleClass().add("hint");
        VBox content = new VBox(10, choice, hint);
        ComboBox<CanvasVersion> since = changesSinceChoice(versions);
        if (!versions.isEmpty()) {
            Label sinceLabel = new Label("Changes since version:");
            sinceLabel.setLabelFor(since);
            HBox sinceRow = new HBox(10, sinceLabel, since);
            sinceRow.setAlignment(Pos.CENTER_LEFT);
            Label sinceHint = new Label("Adds a page of what changed since then, and the figures that moved.");
            sinceHint.getStyleClass().add("hint");
            content.getChildren().addAll(sinceRow, sinceHint);
        }
        content.setPadding(new Insets(12, 16, 4, 16));
        ButtonType export = new ButtonType("Choose file…", ButtonBar.ButtonData.OK_DONE);
        Dialog<PdfOptions> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export PDF");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == export ? new PdfOptions(sizes.getValue(), since.getValue()) : null);
        dialog.setOnShown(e -> sizes.requestFocus());
        return dialog.showAndWait();
    }

    /** The canvas's versions, newest first, after "None" (a null value), which is chosen. */
    private static ComboBox<CanvasVersion> changesSinceChoice(List<CanvasVersion> versions) {
        List<CanvasVersion> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(versions);
        ComboBox<CanvasVersion> since = new ComboBox<>(FXCollections.observableArrayList(choices));
        since.setId("pdfChangesSince");
        since.setConverter(new StringConverter<>() {
            @Override
            public String toString(CanvasVersion v) {
                return v == null ? "None" : v.number() + " \u00b7 " + v.name();
            }

            @Override
            public CanvasVersion fromString(String text) {
                return null;
            }
        });
        since.setValue(null);
        return since;
    }

    /** Without a remembered folder the chooser would start in the working directory, wherever that is. */
    private static Path orHome(Path folder) {
        return folder != null ? folder : Path.of(System.getProperty("user.home"));
    }

    private static String paperLabel(PaperSize size) {
        return switch (size) {
            case A4 -> "A4 (210 × 297 mm)";
            case LETTER -> "US Letter (8.5 × 11 in)";
            case A3 -> "A3 (297 × 420 mm), for posters";
        };
    }

    private static FileChooser chooser(String title, Path folder) {
        return chooser(title, folder, WORKSPACES);
    }

    private static FileChooser chooser(String title, Path folder, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter, new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
