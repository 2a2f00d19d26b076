package org.valuebench.ui.workshop;

import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The facilitator's console in the main window, under the toolbar, shown only while a workshop runs: the step and
 * its prompt, next and previous, the timer (overtime in colour and in words), the participant a card or a dot is
 * for, adding a card, the reveal, the vote and its results, and finishing. Every button runs an undoable action.
 */
final class WorkshopConsoleBar {
    private static final PseudoClass OVERTIME = PseudoClass.getPseudoClass("overtime");
    private static final String STYLESHEET = WorkshopConsoleBar.class.getResource("workshop-console.css")
            .toExternalForm();
    private final WorkshopViewModel console;
    private final WorkbenchViewModel model;
    private final VBox root = new VBox();
    private final ObservableList<Participant> people = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ComboBox<Section> sectionPicker = new ComboBox<>(sections);

    WorkshopConsoleBar(WorkshopViewModel console, WorkbenchViewModel model) {
        this.console = console;
        this.model = model;
        root.setId("workshopConsole");
        root.getStyleClass().add("workshop-console");
        root.getStylesheets().add(STYLESHEET);
        root.visibleProperty().bind(console.session().runningProperty());
        root.managedProperty().bind(root.visibleProperty());
        root.getChildren().addAll(stepRow(), workRow());
        console.session().recordProperty().addListener((o, was, is) -> follow(is));
        // Made when the workshop starts or resumes, after its record arrived.
        follow(console.session().recordProperty().get());
    }

    Node node() {
        return root;
    }

    private HBox stepRow() {
        Button previous = button("workshopPrevious", Feather.CHEVRON_LEFT, "Previous step", console::previous);
        Button next = button("workshopNext", Feather.CHEVRON_RIGHT, "Next step", console::next);
        Label position = new Label();
        position.textProperty().bind(console.positionProperty());
        position.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.setId("workshopStepTitle");
        title.getStyleClass().add("workshop-step");
        title.textProperty().bind(console.stepTitleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label prompt = new Label();
        prompt.getStyleClass().add("workshop-prompt");
        prompt.textProperty().bind(console.promptProperty());
        prompt.setTextOverrun(OverrunStyle.ELLIPSIS);
        prompt.setMinWidth(0);
        prompt.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(console.promptProperty().get()),
                console.promptProperty()));
        HBox.setHgrow(prompt, Priority.ALWAYS);
        prompt.setMaxWidth(Double.MAX_VALUE);
        Label timer = new Label();
        timer.setId("workshopTimer");
        timer.getStyleClass().add("workshop-timer");
        timer.textProperty().bind(console.timerTextProperty());
        console.overtimeProperty().addListener((o, was, is) -> timer.pseudoClassStateChanged(OVERTIME, is));
        Button play = button("workshopTimerStart", Feather.PLAY, "Start the timer", console::startTimer);
        play.visibleProperty().bind(console.timerRunningProperty().not());
        play.managedProperty().bind(play.visibleProperty());
        Button pause = button("workshopTimerPause", Feather.PAUSE, "Pause the timer", console::pauseTimer);
        pause.visibleProperty().bind(console.timerRunningProperty());
        pause.managedProperty().bind(pause.visibleProperty());
        Button less = text("workshopMinus", "−1", "A minute less", console::takeMinute);
        Button more = text("workshopPlus", "+1", "A minute more", console::addMinute);
        Button reset = button("workshopTimerReset", Feather.ROTATE_CCW, "Back to the step's full time, paused",
                console::resetTimer);
        ProjectorPages pages = console.session().pages();
        Button pageBack = button("workshopPageBack", Feather.CHEVRONS_UP, "Previous page of cards on the projector",
                pages::previous);
        Button pageOn = button("workshopPageOn", Feather.CHEVRONS_DOWN, "Next page of cards on the projector",
                pages::next);
        pageBack.disableProperty().bind(pages.canGoBackProperty().not());
        pageOn.disableProperty().bind(pages.canGoOnProperty().not());
        for (Button b : new Button[] {pageBack, pageOn}) {
            b.getStyleClass().add("small");
            b.visibleProperty().bind(pages.countProperty().greaterThan(1));
            b.managedProperty().bind(b.visibleProperty());
        }
        Button finish = text("workshopFinish", "Finish workshop", "End the workshop (Ctrl+Z undoes it)",
                console::finish);
        HBox row = new HBox(6, previous, position, title, next, prompt, timer, play, pause, less, more, reset,
                pageBack, pageOn, finish);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox workRow() {
        ComboBox<Participant> who = new ComboBox<>(people);
        who.setId("workshopParticipant");
        who.setPromptText("Participant");
        who.setMinWidth(150);
        who.setButtonCell(participantCell());
        who.setCellFactory(list -> participantCell());
        who.valueProperty().addListener((o, was, is) -> console.participantProperty().set(is == null ? 0 : is.id()));
        ComboBox<Section> section = sectionPicker;
        section.setId("workshopSection");
        section.setMinWidth(130);
        section.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Section s) {
                return s == null ? "" : s.title();
            }

            @Override
            public Section fromString(String text) {
                return null;
            }
        });
        TextField card = new TextField();
        card.setId("workshopCardText");
        card.setPromptText("A card for the chosen participant; Enter adds it");
        HBox.setHgrow(card, Priority.SOMETIMES);
        card.setMinWidth(220);
        Runnable add = () -> {
            if (section.getValue() != null && !card.getText().isBlank()) {
                console.addCard(section.getValue(), card.getText().strip());
                card.clear();
            }
        };
        card.setOnAction(e -> add.run());
        Label hidden = new Label();
        hidden.setId("workshopHidden");
        hidden.getStyleClass().add("workshop-hidden");
        hidden.textProperty().bind(console.hiddenTextProperty());
        hidden.setMinWidth(Region.USE_PREF_SIZE);
        Button reveal = text("workshopReveal", "Reveal", "Show every hidden card of the step", console::reveal);
        reveal.visibleProperty().bind(console.canRevealProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        Button vote = text("workshopStartVote", "Start vote…", "Dot voting on sections of the canvas",
                console::openVote);
        vote.visibleProperty().bind(console.voteOpenProperty().not());
        vote.managedProperty().bind(vote.visibleProperty());
        Button paper = text("workshopPaperTally", "Paper tally…", "Type the dots counted on paper for the selected"
                + " card", console::askPaperTally);
        Button stop = text("workshopStopVote", "Stop vote", "Close the vote and rank the cards", console::stopVote);
        for (Button b : new Button[] {paper, stop}) {
            b.visibleProperty().bind(console.voteOpenProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        Label left = new Label();
        left.setId("workshopDotsLeft");
        left.getStyleClass().add("workshop-hidden");
        left.textProperty().bind(console.dotsLeftProperty());
        left.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Click a card: a dot · right-click: take it back");
        hint.getStyleClass().add("workshop-prompt");
        hint.setMinWidth(0);
        hint.setTextOverrun(OverrunStyle.ELLIPSIS);
        hint.visibleProperty().bind(console.voteOpenProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox row = new HBox(6, who, section, card, hidden, reveal, vote, paper, stop, left, hint, resultsBox());
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The ranked results of the vote last stopped, ties marked "=", and what to apply them to. */
    private HBox resultsBox() {
        Label ranked = new Label();
        ranked.setId("workshopResults");
        ranked.getStyleClass().add("workshop-results");
        ranked.setTextOverrun(OverrunStyle.ELLIPSIS);
        ranked.setMinWidth(0);
        ranked.textProperty().bind(Bindings.createStringBinding(() -> console.results().stream().limit(8)
                .map(WorkshopConsoleBar::rankLine).collect(Collectors.joining(" · ")), console.results()));
        ranked.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(console.results().stream()
                .map(WorkshopConsoleBar::rankLine).collect(Collectors.joining("\n"))), console.results()));
        Button importance = text("workshopApplyImportance", "Importance…",
                "Set the customer cards' importance from their rank (the rule is shown first)",
                console::applyImportance);
        Button promises = text("workshopApplyPromises", "Promises…", "Mark the top N offering cards as promises",
                console::askPromises);
        HBox box = new HBox(6, ranked, importance, promises);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(Bindings.isNotEmpty(console.results()).and(console.voteOpenProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** "=1. Feel at home (7 dots)". */
    static String rankLine(TallyRow row) {
        return row.rankText() + ". " + row.item().text() + " (" + row.dots() + (row.dots() == 1 ? " dot)" : " dots)");
    }

    private void follow(WorkshopRecord record) {
        if (record == null) {
            people.clear();
            sections.clear();
            return;
        }
        if (!people.equals(record.participants())) {
            people.setAll(record.participants());
        }
        java.util.List<Section> stepSections = record.currentStep().map(s -> s.sections()).orElse(java.util.List.of());
        if (!sections.equals(stepSections)) {
            sections.setAll(stepSections);
        }
        // After the items changed, not in a listener of theirs: the combo box's own selection model clears the
        // value on that change (it ran after such a listener), which left the picker empty after a step or undo.
        if (!sections.contains(sectionPicker.getValue())) {
            sectionPicker.setValue(sections.isEmpty() ? null : sections.get(0));
        }
    }

    private static ListCell<Participant> participantCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Participant p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.label());
            }
        };
    }

    private static Button button(String id, Feather icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Button text(String id, String label, String tip, Runnable action) {
        Button b = new Button(label);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
