package org.valuebench.ui.board;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The canvas drawn as a canvas: offering on the left, customer profile on the right, alternatives beneath,
 * each section a titled area of cards. Cards are kept per item id between updates (see {@link BoardCards}), so
 * a card keeps its focus and its open editor while the committed state is redrawn around it.
 */
public final class CanvasBoard extends BorderPane implements CardView.Listener {
    private final WorkbenchViewModel model;
    private final Map<Section, SectionPane> sections = new EnumMap<>(Section.class);
    private final BoardCards cards = new BoardCards();
    private final BoardHeader header = new BoardHeader();
    private final CardDragAndDrop dragAndDrop;
    private final CardKeys keys;
    private final CardMenu cardMenu;
    private final ScrollPane scroll;
    private final BoardScaling scaling;
    private final LinkLines linkLines;
    private final BooleanProperty showFitMarks = new SimpleBooleanProperty(this, "showFitMarks", true);

    private CardGestures gestures;
    private CardBadges badges;

    public CanvasBoard(WorkbenchViewModel model) {
        this.model = model;
        this.dragAndDrop = new CardDragAndDrop(model, sections.values());
        this.cardMenu = new CardMenu(model);
        this.keys = new CardKeys(model, this, sections, cards, cardMenu);
        setId("canvasBoard");
        getStyleClass().add("canvas-board");
        // Not a stop for Tab: the board does nothing with keys itself. Escape from a card still leaves the focus here.
        setFocusTraversable(false);

        for (Section s : Section.values()) {
            SectionPane pane = new SectionPane(s);
            sections.put(s, pane);
            wireAddField(pane);
            dragAndDrop.wireSection(pane);
        }
        setTop(header.node());
        GridPane grid = grid();
        scroll = new ScrollPane();
        scroll.getStyleClass().add("board-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scaling = new BoardScaling(model, grid, scroll);
        linkLines = new LinkLines(grid);
        grid.getChildren().add(linkLines.layer());
        setCenter(scroll);

        grid.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Region r && !(r instanceof CardView)
                    && !isInsideCard(r)) {
                model.select(0);
                requestFocus();
            }
        });
        model.revisionProperty().addListener((obs, old, now) -> render());
        model.selectedItemIdProperty().addListener((obs, old, now) -> restyle());
        showFitMarks.addListener((obs, old, now) -> restyle());
        render();
    }

    /** Offering on the left, customer profile on the right, row by row; alternatives beneath both. */
    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("board-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(groupTitle(SectionGroup.OFFERING), 0, 0);
        grid.add(groupTitle(SectionGroup.CUSTOMER), 1, 0);
        List<Section> offering = List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE);
        List<Section> customer = List.of(Section.WANTS, Section.NEEDS, Section.FEARS);
        // Added column by column: Tab follows the order of the grid's children, so it goes down the offering,
        // then down the customer profile, as a user types one section after another, not across the rows.
        for (int row = 0; row < 3; row++) {
            grid.add(sections.get(offering.get(row)), 0, row + 1);
        }
        for (int row = 0; row < 3; row++) {
            grid.add(sections.get(customer.get(row)), 1, row + 1);
        }
        grid.add(groupTitle(SectionGroup.ALTERNATIVES), 0, 4, 2, 1);
        grid.add(sections.get(Section.COMPETITORS), 0, 5);
        grid.add(sections.get(Section.SUBSTITUTES), 1, 5);
        for (SectionPane pane : sections.values()) {
            pane.setMaxWidth(Double.MAX_VALUE);
            pane.setMaxHeight(Double.MAX_VALUE);
            pane.setMinWidth(0);
        }
        return grid;
    }

    private static boolean isInsideCard(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CardView) {
                return true;
            }
        }
        return false;
    }

    private static Node groupTitle(SectionGroup group) {
        Label label = new Label(group.title().toUpperCase());
        label.setId("group-" + group.name());
        label.getStyleClass().addAll("group-title", "group-title-" + group.name().toLowerCase());
        return label;
    }

    /**
     * Whether cards show their "Unanswered" and "Fluff" marks (View ▸ Show fit marks): hidden while a team is
     * still collecting ideas, so a brainstorm does not judge each idea as it is said.
     */
    public BooleanProperty showFitMarksProperty() {
        return showFitMarks;
    }

    public SectionPane section(Section section) {
        return sections.get(section);
    }

    // ---- drawing

    private void render() {
        CanvasContent content = model.canvas().orElse(null);
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (content == null) {
            linkLines.show(null, List.of());
            header.clear();
            putAside(Set.of(), focused);
            sections.values().forEach(p -> p.setCards(List.of(), cards.asideIn(p.section())));
            return;
        }
        FitReport fit = model.fitProperty().get();
        header.show(content, fit);
        Set<Long> present = new HashSet<>();
        for (Section s : Section.values()) {
            content.itemsIn(s).forEach(item -> present.add(item.id()));
        }
        putAside(present, focused);
        Map<Section, List<CardView>> shown = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<CardView> views = new ArrayList<>();
            for (Item item : content.itemsIn(s)) {
                CardView view = cards.cardFor(item, s, this::newCard);
                view.show(item, marks(content, fit, item));
                views.add(view);
            }
            shown.put(s, views);
        }
        // Only once every card has its section: a card reused in another section leaves its old one here.
        shown.forEach((s, views) -> sections.get(s).setCards(views, cards.asideIn(s)));
        if (focused instanceof CardView card && cards.isShown(card) && !card.isFocused()) {
            card.requestFocus();
        }
        drawLinks();
    }

    /** The focused card and one being edited or dragged would go on as another item: those are not reused. */
    private void putAside(Set<Long> present, Node focused) {
        cards.putAside(present, sections.values(),
                card -> !card.isEditing() && card != focused && !dragAndDrop.isDragged(card));
    }

    private CardView.Marks marks(CanvasContent content, FitReport fit, Item item) {
        long selected = model.selectedItemIdProperty().get();
        return new CardView.Marks(item.id() == selected, model.linkedToSelectionProperty().get().contains(item.id()),
                showFitMarks.get() && fit.isUnanswered(item.id()), showFitMarks.get() && fit.isFluff(item.id()),
                content.linkedTo(item.id()).size(), badges == null ? 0 : badges.dotsOn(item.id()));
    }

    private void restyle() {
        CanvasContent content = model.canvas().orElse(null);
        FitReport fit = model.fitProperty().get();
        if (content == null || fit == null) {
            return;
        }
        for (CardView card : cards.shown()) {
            card.show(card.item(), marks(content, fit, card.item()));
        }
        drawLinks();
    }

    /** The selected card's fit links as lines, while the fit marks show (View ▸ Show fit marks). */
    private void drawLinks() {
        CardView selected = showFitMarks.get() ? cards.get(model.selectedItemIdProperty().get()) : null;
        linkLines.show(selected, model.linkedToSelectionProperty().get().stream().map(cards::get)
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Lets a workshop take clicks on cards and drops of a card onto another before the board (null: none). */
    public void setCardGestures(CardGestures newGestures) {
        this.gestures = newGestures;
        dragAndDrop.setGestures(newGestures);
    }

    /** Lets a workshop show its vote's dots on the cards (null: none); the cards follow its changes. */
    public void setCardBadges(CardBadges newBadges) {
        this.badges = newBadges;
        if (newBadges != null) {
            newBadges.changes().addListener((obs, old, now) -> {
                if (badges == newBadges) {
                    restyle();
                }
            });
        }
        restyle();
    }

    /** The zoom level of the board, for View ▸ Zoom. */
    public BoardZoom zoom() {
        return scaling.zoom();
    }

    /** View ▸ Zoom ▸ Fit canvas to window: the largest level at which all eight sections show at once. */
    public void fitToWindow() {
        scaling.fitToWindow();
    }

    // ---- cards: selection, editing, deleting

    private CardView newCard(Item item) {
        CardView card = new CardView(item, this);
        card.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                model.select(card.itemId());
                ensureVisible(card);
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!card.isEditing()) {
                card.requestFocus();
                model.select(card.itemId());
                // The scroll pane around the board would take the focus back on the same press.
                e.consume();
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (gestures != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1
                    && e.isStillSincePress() && !card.isEditing() && gestures.clicked(card.item(), false)) {
                e.consume();
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                card.startEditing();
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys.pressed(card, e));
        card.setOnContextMenuRequested(e -> {
            if (gestures != null && !card.isEditing() && gestures.clicked(card.item(), true)) {
                e.consume();
            } else if (!card.isEditing()) {
                card.requestFocus();
                cardMenu.showAt(card, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        dragAndDrop.wireCard(card);
        return card;
    }

    /** Deletes the card and moves focus to its neighbour, so Del can be pressed again. */
    void deleteCard(CardView card) {
        List<CardView> siblings = sections.get(card.item().section()).cards();
        int index = siblings.indexOf(card);
        CardView neighbour = index + 1 < siblings.size() ? siblings.get(index + 1)
                : index > 0 ? siblings.get(index - 1) : null;
        model.deleteItem(card.itemId());
        if (neighbour != null) {
            neighbour.requestFocus();
        } else {
            model.select(0);
            requestFocus();
        }
    }

    /** Deletes the selected card, for Edit > Delete. */
    public void deleteSelected() {
        CardView card = cards.get(model.selectedItemIdProperty().get());
        if (card != null) {
            deleteCard(card);
        }
    }

    /** Moving and linking cards with the mouse, for the tests. */
    CardDragAndDrop cardDrags() {
        return dragAndDrop;
    }

    /** The card's menu (Move to section…), for the tests. */
    javafx.scene.control.ContextMenu cardMenu() {
        return cardMenu.menu();
    }

    void focusCard(long itemId) {
        CardView card = cards.get(itemId);
        if (card != null) {
            card.requestFocus();
        }
    }

    @Override
    public void commitText(CardView card, String text) {
        model.editItem(card.itemId(), i -> i.withText(text), null);
    }

    @Override
    public void editingEnded(CardView card) {
        if (getScene() != null && (getScene().getFocusOwner() == null || !getScene().getFocusOwner().isFocused()
                || isInsideCard(getScene().getFocusOwner()))) {
            card.requestFocus();
        }
    }

    /** Scrolls the board so {@code node} (a card or an add field) is in view. */
    public void reveal(Node node) {
        ensureVisible(node);
        scroll.layout();
    }

    private void ensureVisible(Node node) {
        Node content = scroll.getContent();
        Bounds viewport = scroll.getViewportBounds();
        double contentHeight = content.getBoundsInLocal().getHeight();
        if (contentHeight <= viewport.getHeight()) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport.getHeight());
        double newTop = top;
        if (b.getMinY() < top) {
            newTop = b.getMinY() - 8;
        } else if (b.getMaxY() > top + viewport.getHeight()) {
            newTop = b.getMaxY() - viewport.getHeight() + 8;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport.getHeight()))));
    }

    // ---- adding cards

    /** Enter in a section's add field adds a card (the text comes back if the add fails); Escape clears it. */
    private void wireAddField(SectionPane pane) {
        pane.addField().setOnAction(e -> {
            String text = pane.addField().getText();
            if (text == null || text.isBlank()) {
                return;
            }
            pane.addField().clear();
            model.addItem(pane.section(), text, () -> {
                if (pane.addField().getText().isEmpty()) {
                    pane.addField().setText(text);
                }
            });
        });
        pane.addField().focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                ensureVisible(pane.addField());
            }
        });
        pane.addField().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                pane.addField().clear();
                requestFocus();
                e.consume();
            }
        });
    }
}
