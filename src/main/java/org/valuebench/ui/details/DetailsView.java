package org.valuebench.ui.details;

import java.util.function.BooleanSupplier;
import javafx.beans.property.StringProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.ui.fx.Icons;

/** The right pane: the selected card's details and fit links, or the canvas header when none is selected. */
public final class DetailsView extends ScrollPane {
    /** Key of a text field's property telling the window whether Ctrl+Z belongs to the workspace. */
    public static final String CLEAN = "valuebench.clean";
    private final DetailsViewModel model;
    private final Label kind = new Label();
    private final LevelPicker importance;
    private final LevelPicker target;
    private final CheckBox promise = new CheckBox("This is a promise");
    private final ToggleGroup colours = new ToggleGroup();
    private boolean updatingColour;

    public DetailsView(DetailsViewModel model) {
        this.model = model;
        setId("detailsPane");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        importance = new LevelPicker("importance", model::changeImportance);
        importance.setId("detailImportance");
        target = new LevelPicker("target", model::changePromiseTarget);
        target.setId("detailTarget");

        VBox item = itemDetails();
        VBox canvas = canvasDetails();
        item.visibleProperty().bind(model.itemSelectedProperty());
        canvas.visibleProperty().bind(model.itemSelectedProperty().not().and(model.canvasProperty().isNotNull()));
        StackPane both = new StackPane(item, canvas);
        both.getStyleClass().add("details-content");
        StackPane.setAlignment(item, Pos.TOP_LEFT);
        StackPane.setAlignment(canvas, Pos.TOP_LEFT);
        setContent(both);

        model.itemProperty().addListener((obs, old, now) -> showItem(now));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focus) -> revealFocused(focus));
            }
        });
        showItem(model.itemProperty().get());
    }

    private VBox itemDetails() {
        kind.setId("detailKind");
        kind.getStyleClass().add("pane-title");

        TextArea text = area("detailText", model.textProperty(), 3);
        commitOnEnter(text, model::commitText);
        clean(text, () -> model.item().map(i -> i.text().equals(model.textProperty().get().strip())).orElse(true));

        promise.setId("detailPromise");
        promise.setOnAction(e -> model.changePromise(promise.isSelected()));
        target.disableProperty().bind(promise.selectedProperty().not());
        Label targetLabel = caption("Target level");
        VBox promiseBox = new VBox(6, promise, targetLabel, target);
        promiseBox.setId("promiseBox");
        Label importanceLabel = caption("Importance to the customer");
        VBox importanceBox = new VBox(6, importanceLabel, importance);
        importanceBox.setId("importanceBox");

        TextField author = new TextField();
        author.setId("detailAuthor");
        author.textProperty().bindBidirectional(model.authorProperty());
        author.setOnAction(e -> model.commitAuthor());
        commitOnFocusLost(author, model::commitAuthor);
        clean(author, () -> model.item().map(i -> i.author().equals(model.authorProperty().get().strip())).orElse(true));

        TextArea notes = area("detailNotes", model.notesProperty(), 4);
        notes.setPromptText("Evidence, sources, open questions (Ctrl+Enter to save)");
        commitOnCtrlEnter(notes, model::commitNotes);
        clean(notes, () -> model.item().map(i -> i.notes().equals(model.notesProperty().get().strip())).orElse(true));

        VBox links = linkEditor();
        // Fit links come right after what defines the item: linking is the main work on the board.
        MenuButton move = new MenuButton("Move to section…");
        move.setId("detailMove");
        move.setTooltip(new Tooltip("Move the card to another section (Ctrl+M on the board)"));
        model.itemProperty().addListener((obs, old, now) -> {
            if (now == null || old == null || now.section() != old.section()) {
                move.getItems().setAll(model.moveTargets().stream().map(this::moveItem).toList());
            }
        });
        VBox box = new VBox(10, kind, move, caption("Text"), text, importanceBox, promiseBox, links, caption("Colour"),
                colourPicker(), caption("Author"), author, caption("Notes"), notes);
        box.setId("itemDetails");
        box.getStyleClass().add("details-box");
        model.itemProperty().addListener((obs, old, now) -> {
            boolean customer = now != null && now.isCustomer();
            boolean offering = now != null && now.isOffering();
            show(importanceBox, customer);
            show(promiseBox, offering);
            show(links, customer || offering);
        });
        return box;
    }

    private Node colourPicker() {
        FlowPane swatches = new FlowPane(6, 6);
        swatches.setId("detailColour");
        for (ColourTag tag : ColourTag.values()) {
            ToggleButton swatch = new ToggleButton();
            swatch.setId("colour-" + tag.name());
            swatch.setUserData(tag);
            swatch.setToggleGroup(colours);
            swatch.getStyleClass().addAll("swatch", "swatch-" + tag.name().toLowerCase());
            String name = tag == ColourTag.NONE ? "Section colour" : tag.name().charAt(0) + tag.name().substring(1).toLowerCase();
            swatch.setTooltip(new Tooltip(name));
            swatch.setAccessibleText(name);
            swatches.getChildren().add(swatch);
        }
        colours.selectedToggleProperty().addListener((obs, old, now) -> {
            if (updatingColour) {
                return;
            }
            if (now == null) {
                updatingColour = true;
                colours.selectToggle(old);
                updatingColour = false;
                return;
            }
            model.changeColour((ColourTag) now.getUserData());
        });
        return swatches;
    }

    private VBox linkEditor() {
        Label heading = caption("");
        heading.setId("linkHeading");
        ListView<Item> list = new ListView<>(model.linked());
        list.setId("linkList");
        list.setPrefHeight(112);
        list.setPlaceholder(new Label("No fit links yet"));
        list.setCellFactory(v -> new LinkedCell());
        TextField search = new TextField();
        search.setId("linkSearch");
        search.setPromptText("Filter items to link");
        search.textProperty().bindBidirectional(model.linkSearchProperty());
        ComboBox<LinkCandidate> picker = new ComboBox<>(model.candidates());
        picker.setId("linkPicker");
        picker.setPromptText("Item to link…");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().bindBidirectional(model.chosenCandidateProperty());
        // The list is as wide as the picker, a long item wrapping to a few lines: at its natural width a long item
        // made the list wider than the screen, beside a pane that sits at the screen's right edge.
        picker.setCellFactory(v -> new CandidateCell(picker));
        // Set, so the chosen item shows on one line (the list's cells wrap); the prompt is kept when the value
        // goes back to none after a link, which a custom button cell would otherwise lose.
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(LinkCandidate candidate, boolean empty) {
                super.updateItem(candidate, empty);
                setText(empty || candidate == null ? picker.getPromptText() : candidate.toString());
            }
        });
        HBox.setHgrow(picker, Priority.ALWAYS);
        Button link = new Button("Link", Icons.small(Feather.LINK));
        link.setId("linkButton");
        link.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        link.disableProperty().bind(model.chosenCandidateProperty().isNull());
        link.setOnAction(e -> model.linkChosen());
        HBox pick = new HBox(6, picker, link);
        pick.setAlignment(Pos.CENTER_LEFT);
        model.itemProperty().addListener((obs, old, now) -> heading.setText(now != null && now.isCustomer()
                ? "Answered by (offering items)" : "Answers (wants, needs, fears)"));
        VBox box = new VBox(6, heading, list, search, pick);
        box.setId("linkEditor");
        return box;
    }

    /** A candidate in the picker's list, as wide as the picker, wrapping a long text. */
    private static final class CandidateCell extends ListCell<LinkCandidate> {
        CandidateCell(ComboBox<LinkCandidate> picker) {
            setWrapText(true);
            setMaxHeight(Region.USE_PREF_SIZE);
            prefWidthProperty().bind(picker.widthProperty());
            setMinWidth(0);
        }

        @Override
        protected void updateItem(LinkCandidate candidate, boolean empty) {
            super.updateItem(candidate, empty);
            setText(empty || candidate == null ? null : candidate.toString());
        }
    }

        private final class LinkedCell extends ListCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label text = new Label(item.section().title() + ": " + item.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, Icons.small(Feather.X));
            remove.setId("unlink-" + item.id());
            remove.getStyleClass().add("unlink-button");
            remove.setTooltip(new Tooltip("Remove this fit link"));
            remove.setOnAction(e -> model.unlink(item));
            HBox row = new HBox(6, text, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(row);
            setPrefWidth(0);
        }
    }

    private VBox canvasDetails() {
        Label heading = new Label("Canvas");
        heading.getStyleClass().add("pane-title");
        TextField name = field("canvasName", model.canvasNameProperty());
        TextField segment = field("canvasSegment", model.segmentProperty());
        TextField offering = field("canvasOffering", model.offeringProperty());
        TextArea notes = area("canvasNotes", model.canvasNotesProperty(), 6);
        commitOnCtrlEnter(notes, model::commitCanvasInfo);
        for (TextInputControl control : new TextInputControl[] {name, segment, offering, notes}) {
            clean(control, () -> model.canvasProperty().get() == null || isCanvasClean());
        }
        Label hint = new Label("Select a card on the board to see and edit its details and fit links.");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(10, heading, caption("Name"), name, caption("Customer segment (who it is for)"), segment,
                caption("Offering (what is offered)"), offering, caption("Notes"), notes, hint);
        box.setId("canvasDetails");
        box.getStyleClass().add("details-box");
        return box;
    }

    private boolean isCanvasClean() {
        var c = model.canvasProperty().get();
        return c.name().equals(model.canvasNameProperty().get().strip())
                && c.segment().equals(model.segmentProperty().get().strip())
                && c.offering().equals(model.offeringProperty().get().strip())
                && c.notes().equals(model.canvasNotesProperty().get().strip());
    }

    private TextField field(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> model.commitCanvasInfo());
        commitOnFocusLost(field, model::commitCanvasInfo);
        return field;
    }

    private static TextArea area(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    /** Enter commits, Shift+Enter starts a new line; leaving the field commits too. */
    private static void commitOnEnter(TextArea area, Runnable commit) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    area.replaceSelection("\n");
                } else {
                    commit.run();
                }
            }
        });
        commitOnFocusLost(area, commit);
    }

    /** Notes are prose: Enter is a new line, Ctrl+Enter or leaving the field commits. */
    private static void commitOnCtrlEnter(TextArea area, Runnable commit) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commit.run();
            }
        });
        commitOnFocusLost(area, commit);
    }

    private static void commitOnFocusLost(Node field, Runnable commit) {
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private static void clean(TextInputControl control, BooleanSupplier isClean) {
        control.getProperties().put(CLEAN, isClean);
    }

    private MenuItem moveItem(Section target) {
        MenuItem to = new MenuItem(target.title());
        to.setId("detailMoveTo-" + target.name());
        to.setOnAction(e -> model.moveToSection(target));
        return to;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void showItem(Item item) {
        if (item == null) {
            return;
        }
        kind.setText(item.section().title().toUpperCase() + " · " + item.section().group().title());
        importance.setLevel(item.importance());
        target.setLevel(item.promiseTarget());
        promise.setSelected(item.promise());
        updatingColour = true;
        try {
            colours.getToggles().stream().filter(t -> t.getUserData() == item.colour()).findFirst()
                    .ifPresent(colours::selectToggle);
        } finally {
            updatingColour = false;
        }
    }

    /** Keeps the field being worked in on screen when Tab moves down the pane. */
    private void revealFocused(Node focus) {
        if (focus == null || getContent() == null) {
            return;
        }
        Node content = getContent();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n == content) {
                double contentHeight = content.getBoundsInLocal().getHeight();
                double viewport = getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                Bounds b = content.sceneToLocal(focus.localToScene(focus.getBoundsInLocal()));
                double top = getVvalue() * (contentHeight - viewport);
                if (b.getMinY() < top) {
                    setVvalue(Math.max(0, (b.getMinY() - 8) / (contentHeight - viewport)));
                } else if (b.getMaxY() > top + viewport) {
                    setVvalue(Math.min(1, (b.getMaxY() + 8 - viewport) / (contentHeight - viewport)));
                }
                return;
            }
        }
    }
}
