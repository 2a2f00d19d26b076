package org.valuebench.ui.strategy;

import java.util.Arrays;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.fx.Icons;

/**
 * Beside the ratings grid: the selected cell's evidence note, and the selected factor's four-actions choice
 * with its note, "Make promise" for a factor to raise or create, and the customer items that weight it.
 * Text fields commit on Enter or when they lose focus; Esc puts back what is stored.
 */
final class FactorPanel extends ScrollPane {
    private final StrategyViewModel model;
    private final Label cellTitle = new Label();
    private final TextField cellNote = new TextField();
    private final Label factorTitle = new Label();
    private final Label source = new Label();
    private final ComboBox<FourAction> action = new ComboBox<>();
    private final TextField actionNote = new TextField();
    private final Button makePromise = new Button("Make promise", Icons.small(Feather.STAR));
    private final VBox links = new VBox(3);
    private final Runnable backToGrid;
    private boolean updating;
    /** The cell and factor the note fields were opened on: a click elsewhere commits to them, not the new one. */
    private Rating editedCell;
    private Factor editedFactor;

    /** @param backToGrid gives the keyboard back to the grid after a note is committed or cancelled */
    FactorPanel(StrategyViewModel model, Runnable backToGrid) {
        this.model = model;
        this.backToGrid = backToGrid;
        setId("factorPanel");
        getStyleClass().add("factor-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        cellTitle.getStyleClass().add("caption");
        cellTitle.setWrapText(true);
        cellNote.setId("cellNote");
        cellNote.setPromptText("Evidence: where the rating comes from");
        commitOnEnterOrFocusLoss(cellNote, this::commitCellNote, this::storedCellNote);
        cellNote.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                editedCell = model.selectedRatingProperty().get();
            }
        });

        factorTitle.setId("factorTitle");
        factorTitle.getStyleClass().add("factor-title");
        factorTitle.setWrapText(true);
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        action.setId("factorAction");
        action.getItems().setAll(Arrays.asList(FourAction.values()));
        action.setConverter(new StringConverter<>() {
            @Override
            public String toString(FourAction value) {
                return value == null ? "" : value.title();
            }

            @Override
            public FourAction fromString(String text) {
                return FourAction.parse(text);
            }
        });
        action.setMaxWidth(Double.MAX_VALUE);
        action.setTooltip(new Tooltip("Where the factor sits on the four actions grid"));
        action.valueProperty().addListener((obs, old, now) -> {
            Factor factor = model.selectedFactorProperty().get();
            if (!updating && factor != null && now != null) {
                model.setAction(factor.id(), now, actionNote.getText());
            }
        });
        actionNote.setId("factorActionNote");
        actionNote.setPromptText("Why: the note on the four actions grid");
        actionNote.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                editedFactor = model.selectedFactorProperty().get();
            }
        });
        commitOnEnterOrFocusLoss(actionNote, this::commitActionNote, () -> {
            Factor factor = model.selectedFactorProperty().get();
            return factor == null ? "" : factor.actionNote();
        });
        makePromise.setId("makePromise");
        makePromise.setTooltip(new Tooltip("Add a promise to the canvas for this factor, targeted above the best"
                + " alternative, answering the customer items it matters through"));
        makePromise.setOnAction(e -> {
            Factor factor = model.selectedFactorProperty().get();
            if (factor != null) {
                model.makePromise(factor.id());
            }
        });
        makePromise.visibleProperty().bind(model.canMakePromiseProperty());
        makePromise.managedProperty().bind(model.canMakePromiseProperty());
        links.setId("factorLinks");

        Label actionCaption = caption("Four actions");
        Label linksCaption = caption("Matters to the customer through");
        linksCaption.setTooltip(new Tooltip("The factor is weighted by the highest importance among these wants, needs"
                + " and fears (3 when none). Greyed ones come from the factor's source item and cannot be unticked."));
        VBox content = new VBox(6, cellTitle, cellNote, spacer(), factorTitle, source, actionCaption, action, actionNote,
                makePromise, spacer(), linksCaption, links);
        content.getStyleClass().add("factor-panel-content");
        setContent(content);

        model.selectedFactorProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                setVvalue(0); // another factor: start at its top, not where the last one was scrolled to
            }
            show();
        });
        model.selectedRatingProperty().addListener(o -> show());
        model.selectedOfferProperty().addListener(o -> show());
        model.linkChoices().addListener((ListChangeListener<StrategyViewModel.LinkChoice>) c -> showLinks());
        show();
        showLinks();
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        spacer.setMinHeight(6);
        return spacer;
    }

    private void show() {
        updating = true;
        try {
            Factor factor = model.selectedFactorProperty().get();
            Offer offer = model.selectedOfferProperty().get();
            Rating rating = model.selectedRatingProperty().get();
            boolean cell = factor != null && offer != null && rating != null;
            cellTitle.setText(cell ? "Evidence for " + offer.name() + " on “" + factor.name() + "”"
                    + (rating.isKnown() ? " (" + rating.score() + ")" : " (not rated)") : "Select a cell of the grid");
            cellNote.setDisable(!cell);
            if (!cellNote.isFocused() || !cell) {
                cellNote.setText(cell ? rating.note() : "");
            }
            factorTitle.setText(factor == null ? "No factor selected" : factor.name());
            String from = factor == null || !factor.hasSource() ? "" : model.sourceText(factor);
            source.setText(from);
            source.setVisible(!from.isEmpty());
            source.setManaged(!from.isEmpty());
            action.setDisable(factor == null);
            actionNote.setDisable(factor == null);
            action.setValue(factor == null ? null : factor.action());
            if (!actionNote.isFocused() || factor == null) {
                actionNote.setText(factor == null ? "" : factor.actionNote());
            }
        } finally {
            updating = false;
        }
    }

    private void showLinks() {
        links.getChildren().clear();
        Factor factor = model.selectedFactorProperty().get();
        if (model.linkChoices().isEmpty()) {
            Label none = new Label(factor == null ? "" : "The canvas has no wants, needs or fears yet");
            none.getStyleClass().add("hint");
            none.setWrapText(true);
            links.getChildren().add(none);
            return;
        }
        for (StrategyViewModel.LinkChoice choice : model.linkChoices()) {
            CheckBox box = new CheckBox(choice.item().text() + "  (" + choice.item().importance() + ")");
            box.setId("link-" + choice.item().id());
            box.setWrapText(true);
            box.setSelected(choice.linked());
            box.setDisable(choice.derived());
            HoverTooltips.onHover(box, () -> choice.item().section().title() + ", importance "
                    + choice.item().importance() + (choice.derived() ? "\nFrom the factor's source item: always counts"
                    : ""));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (factor != null && now != choice.linked()) {
                    model.setLinked(factor.id(), choice.item().id(), now);
                }
            });
            links.getChildren().add(box);
        }
    }

    private String storedCellNote() {
        Rating rating = model.selectedRatingProperty().get();
        return rating == null ? "" : rating.note();
    }

    private void commitCellNote() {
        Rating rating = editedCell != null ? editedCell : model.selectedRatingProperty().get();
        if (rating != null) {
            model.noteRating(rating.factorId(), rating.offerId(), cellNote.getText());
        }
    }

    private void commitActionNote() {
        Factor factor = editedFactor != null ? editedFactor : model.selectedFactorProperty().get();
        if (factor != null) {
            model.setAction(factor.id(), model.actionOf(factor.id()), actionNote.getText());
        }
    }

    private void commitOnEnterOrFocusLoss(TextField field, Runnable commit, java.util.function.Supplier<String> stored) {
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
                backToGrid.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(stored.get());
                backToGrid.run();
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !updating) {
                commit.run();
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
    }

    /** Puts the keyboard in the selected cell's note field. */
    void editCellNote() {
        if (!cellNote.isDisabled()) {
            cellNote.requestFocus();
            cellNote.selectAll();
        }
    }
}
