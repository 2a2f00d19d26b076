package org.valuebench.ui.workshop;

import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Participant;

/**
 * Workshop ▸ Start workshop…: the title, the agenda (add, remove, reorder, rename, re-time, skip, private and
 * anonymous per step), the participants (name and role, or the last workshop's), the vote's options and "Save as
 * this canvas's plan". Every control edits the {@link StartWorkshopForm}; the dialog only shows it.
 */
final class StartWorkshopDialog {
    private static final String[] ROLES = {"sales", "operations", "finance", "customer service", "partner"};
    private final StartWorkshopForm form;
    private final ListView<AgendaStep> agenda = new ListView<>();
    private final TextField stepTitle = new TextField();
    private final TextField stepPrompt = new TextField();
    private final Spinner<Integer> stepMinutes = new Spinner<>(0, Limits.MAX_STEP_SECONDS / 60, 10);
    private final CheckBox stepPrivate = new CheckBox("Private (hidden until the reveal)");
    private final CheckBox stepAnonymous = new CheckBox("Anonymous (no author kept)");
    private final CheckBox stepSkipped = new CheckBox("Skip");
    /** Set while the step editor is filled from the selected step, so filling it edits nothing. */
    private boolean loading;

    StartWorkshopDialog(StartWorkshopForm form) {
        this.form = form;
    }

    boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Start workshop");
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("startWorkshopDialog");
        TextField title = new TextField();
        title.setId("workshopTitle");
        title.setPromptText("Workshop " + java.time.LocalDate.now());
        title.textProperty().bindBidirectional(form.titleProperty());
        VBox content = new VBox(10, labelled("Title", title), new Label("Agenda"), agendaPane(),
                new Label("Participants"), participantsPane(), optionsPane());
        content.setPadding(new Insets(6));
        content.setPrefWidth(900);
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        ButtonType start = new ButtonType("Start workshop", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(start, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(start).setId("startWorkshopGo");
        return dialog.showAndWait().filter(start::equals).isPresent();
    }

    private HBox agendaPane() {
        agenda.setId("workshopAgenda");
        agenda.setItems(form.steps());
        agenda.setPrefHeight(220);
        agenda.setMinWidth(380);
        agenda.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : describe(getIndex(), step));
            }
        });
        Button add = small("Add", () -> select(index() + 1, () -> form.addStep(index())));
        Button remove = small("Remove", () -> select(Math.max(0, index() - 1), () -> form.remove(index())));
        Button up = small("Up", () -> select(Math.max(0, index() - 1), () -> form.move(index(), -1)));
        Button down = small("Down", () -> select(Math.min(form.steps().size() - 1, index() + 1),
                () -> form.move(index(), 1)));
        remove.disableProperty().bind(agenda.getSelectionModel().selectedItemProperty().isNull());
        VBox buttons = new VBox(6, add, remove, up, down);
        stepTitle.setPromptText("Step title");
        stepPrompt.setPromptText("Prompt shown to the room");
        stepMinutes.setEditable(true);
        stepMinutes.setPrefWidth(90);
        VBox editor = new VBox(6, labelled("Title", stepTitle), labelled("Prompt", stepPrompt),
                labelled("Minutes", stepMinutes), stepPrivate, stepAnonymous, stepSkipped);
        editor.setPrefWidth(340);
        editor.setMinWidth(300);
        editor.disableProperty().bind(agenda.getSelectionModel().selectedItemProperty().isNull());
        agenda.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> load());
        stepTitle.setOnAction(e -> edit());
        stepTitle.focusedProperty().addListener((o, was, is) -> edit());
        stepPrompt.setOnAction(e -> edit());
        stepPrompt.focusedProperty().addListener((o, was, is) -> edit());
        stepMinutes.valueProperty().addListener((o, was, is) -> edit());
        stepPrivate.selectedProperty().addListener((o, was, is) -> edit());
        stepAnonymous.selectedProperty().addListener((o, was, is) -> edit());
        stepSkipped.selectedProperty().addListener((o, was, is) -> edit());
        HBox.setHgrow(agenda, Priority.ALWAYS);
        agenda.getSelectionModel().select(0);
        return new HBox(8, agenda, buttons, editor);
    }

    /** "3. Fears · Fears · 10 min · private · skipped". */
    private static String describe(int index, AgendaStep step) {
        StringBuilder text = new StringBuilder((index + 1) + ". " + step.title() + " · "
                + step.sections().stream().map(Section::title).collect(Collectors.joining(", ")) + " · "
                + step.plannedSeconds() / 60 + " min");
        if (step.privateStep()) {
            text.append(" · private");
        }
        if (step.anonymous()) {
            text.append(" · anonymous");
        }
        if (step.skipped()) {
            text.append(" · skipped");
        }
        return text.toString();
    }

    private int index() {
        return agenda.getSelectionModel().getSelectedIndex();
    }

    private void select(int after, Runnable change) {
        change.run();
        agenda.getSelectionModel().select(Math.max(0, Math.min(after, form.steps().size() - 1)));
    }

    private void load() {
        int i = index();
        if (i < 0) {
            return;
        }
        loading = true;
        AgendaStep step = form.steps().get(i);
        stepTitle.setText(step.title());
        stepPrompt.setText(step.prompt());
        stepMinutes.getValueFactory().setValue(step.plannedSeconds() / 60);
        stepPrivate.setSelected(step.privateStep());
        stepAnonymous.setSelected(step.anonymous());
        stepSkipped.setSelected(step.skipped());
        loading = false;
    }

    /** Applies the step editor to the selected step; a blank title keeps the old one. */
    private void edit() {
        int i = index();
        if (loading || i < 0) {
            return;
        }
        AgendaStep step = form.steps().get(i);
        String newTitle = stepTitle.getText().isBlank() ? step.title() : stepTitle.getText().strip();
        AgendaStep edited = step.withTitle(newTitle).withPrompt(stepPrompt.getText())
                .withPlannedSeconds(stepMinutes.getValue() * 60)
                .withPrivacy(stepPrivate.isSelected(), stepAnonymous.isSelected())
                .withSkipped(stepSkipped.isSelected());
        if (!edited.equals(step)) {
            form.replace(i, edited);
            agenda.getSelectionModel().select(i);
        }
    }

    private HBox participantsPane() {
        ListView<Participant> people = new ListView<>(form.participants());
        people.setId("workshopParticipants");
        people.setPrefHeight(120);
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
            }
        });
        TextField name = new TextField();
        name.setId("participantName");
        name.setPromptText("Name");
        ComboBox<String> role = new ComboBox<>();
        role.setEditable(true);
        role.getItems().addAll(ROLES);
        role.setPromptText("Role (optional)");
        Runnable addOne = () -> {
            if (!name.getText().isBlank()) {
                form.addParticipant(name.getText().strip(), role.getEditor().getText().strip());
                name.clear();
                role.getEditor().clear();
                name.requestFocus();
            }
        };
        name.setOnAction(e -> addOne.run());
        Button add = small("Add", addOne);
        add.setId("participantAdd");
        Button remove = small("Remove", () -> form.removeParticipant(people.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        Button reuse = small("Reuse the last workshop's", form::reuseLast);
        reuse.setDisable(!form.canReuseLast());
        HBox.setHgrow(people, Priority.ALWAYS);
        return new HBox(8, people, new VBox(6, name, role, new HBox(6, add, remove), reuse));
    }

    private javafx.scene.layout.FlowPane optionsPane() {
        Spinner<Integer> dots = new Spinner<>(1, Limits.MAX_DOTS, form.dotsProperty().get());
        dots.setEditable(true);
        dots.setPrefWidth(90);
        dots.setMinWidth(90);
        dots.valueProperty().addListener((o, was, is) -> form.dotsProperty().set(is));
        CheckBox onePerCard = new CheckBox("At most one dot per card");
        onePerCard.selectedProperty().bindBidirectional(form.oneDotPerCardProperty());
        CheckBox anonymous = new CheckBox("Anonymous vote");
        anonymous.selectedProperty().bindBidirectional(form.anonymousVoteProperty());
        CheckBox save = new CheckBox("Save as this canvas's plan");
        save.setId("workshopSavePlan");
        save.selectedProperty().bindBidirectional(form.savePlanProperty());
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(16, 8, labelled("Dots each", dots),
                onePerCard, anonymous, save);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static HBox labelled(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox box = new HBox(6, label, field);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text);
        button.setOnAction(e -> action.run());
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
