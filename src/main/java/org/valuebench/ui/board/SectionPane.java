package org.valuebench.ui.board;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuebench.domain.Section;

/**
 * A titled area of the board holding the cards of one section, with a field at the bottom: type and press
 * Enter to add a card at the end (the cursor stays for the next one).
 */
public final class SectionPane extends VBox {
    private final Section section;
    private final FlowPane cards = new FlowPane();
    private final Label count = new Label();
    private final TextField addField = new TextField();
    private final Region dropIndicator = new Region();
    private static final double MIN_CARD_WIDTH = 175;
    private static final double MAX_CARD_WIDTH = 320;
    private double cardWidth;

    SectionPane(Section section) {
        this.section = section;
        setId("section-" + section.name());
        getStyleClass().addAll("section", "section-" + section.group().name().toLowerCase());

        Label title = new Label(section.title());
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.getStyleClass().add("section-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, count);
        header.getStyleClass().add("section-header");
        Label hint = new Label("— " + section.hint());
        hint.getStyleClass().add("section-hint");
        hint.setMinWidth(0);
        header.getChildren().add(1, hint);
        header.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);

        cards.getStyleClass().add("card-list");
        cards.setId("cards-" + section.name());
        VBox.setVgrow(cards, Priority.ALWAYS);
        // A flow pane's minimum is its widest card: the cards, sized to the section, would hold the section at
        // their width when it should narrow (zooming in), and run past it. The section's width leads, not theirs.
        cards.setMinWidth(0);

        dropIndicator.getStyleClass().add("drop-indicator");
        dropIndicator.setManaged(false);
        dropIndicator.setMouseTransparent(true);

        addField.setId("add-" + section.name());
        addField.getStyleClass().add("add-field");
        addField.setPromptText("+ Add " + singular(section));
        addField.setTooltip(new Tooltip("Type and press Enter to add a card to " + section.title()));
        cards.getChildren().add(addField);
        cards.widthProperty().addListener((obs, old, now) -> sizeCards());
        getChildren().addAll(header, cards);
    }

    static String singular(Section section) {
        return section.singular();
    }

    /** Cards share the section's width: as many columns as fit at a readable width, all equally wide. */
    private void sizeCards() {
        double width = cards.getWidth() - cards.getInsets().getLeft() - cards.getInsets().getRight();
        double gap = cards.getHgap();
        int columns = (int) Math.max(1, Math.floor((width + gap) / (MIN_CARD_WIDTH + gap)));
        double cardWidth = Math.floor(Math.min(MAX_CARD_WIDTH, (width - (columns - 1) * gap) / columns)) - 1;
        if (cardWidth > 0 && cardWidth != this.cardWidth) {
            this.cardWidth = cardWidth;
            cards.getChildren().forEach(this::sizeCard);
            // Called while the board is laid out: the new widths change the cards' heights, but a layout asked for
            // now is cleared when the pass ends, and the scroll pane would keep the old height (cut off, or a range
            // running past the content) until something else laid the board out. Ask once the pass is over.
            Platform.runLater(this::requestLayout);
        }
    }

    private void sizeCard(Node node) {
        if (node instanceof Region region && cardWidth > 0) {
            region.setPrefWidth(cardWidth);
            region.setMaxWidth(cardWidth);
        }
    }

    Section section() {
        return section;
    }

    TextField addField() {
        return addField;
    }

    public FlowPane cardsPane() {
        return cards;
    }

    /** The cards on show, in order (not those hidden for reuse). */
    public List<CardView> cards() {
        return cards.getChildren().stream().filter(n -> n instanceof CardView && n.isVisible())
                .map(CardView.class::cast).toList();
    }

    /** Shows {@code views} in order; {@code hidden} stay in the section unseen, taking no room, for reuse. */
    void setCards(List<CardView> views, Collection<CardView> hidden) {
        count.setText(views.isEmpty() ? "" : Integer.toString(views.size()));
        views.forEach(card -> show(card, true));
        hidden.forEach(card -> show(card, false));
        List<Node> children = new ArrayList<>(views.size() + hidden.size() + 1);
        children.addAll(views);
        children.addAll(hidden);
        children.add(addField);
        children.forEach(this::sizeCard);
        placeChildren(children);
    }

    /**
     * Makes the pane's children {@code wanted} by removing, inserting and moving only those that differ: a node
     * taken out and put back (as {@code setAll} does with every child) is styled again from the style sheets.
     */
    private void placeChildren(List<Node> wanted) {
        List<Node> current = cards.getChildren();
        if (current.equals(wanted)) {
            return;
        }
        current.retainAll(new HashSet<>(wanted));
        for (int i = 0; i < wanted.size(); i++) {
            Node node = wanted.get(i);
            if (i < current.size() && current.get(i) == node) {
                continue;
            }
            current.remove(node);
            current.add(i, node);
        }
    }

    private static void show(CardView card, boolean on) {
        card.setVisible(on);
        card.setManaged(on);
    }

    /**
     * The index a dropped card would take, counted without the dragged card itself (as a move counts it),
     * and shows where it would land.
     */
    int dropIndex(Point2D scenePoint, CardView dragged) {
        Point2D p = cards.sceneToLocal(scenePoint);
        int index = 0;
        for (CardView card : cards()) {
            if (card == dragged) {
                continue;
            }
            Bounds b = card.getBoundsInParent();
            boolean before = p.getY() < b.getMinY()
                    || (p.getY() <= b.getMaxY() && p.getX() < b.getMinX() + b.getWidth() / 2);
            if (before) {
                placeIndicator(card);
                return index;
            }
            index++;
        }
        placeIndicator(null);
        return index;
    }

    private void placeIndicator(Node before) {
        if (!cards.getChildren().contains(dropIndicator)) {
            cards.getChildren().add(dropIndicator);
        }
        List<CardView> list = cards();
        Bounds b = before != null ? before.getBoundsInParent()
                : list.isEmpty() ? null : list.get(list.size() - 1).getBoundsInParent();
        double thickness = 4;
        if (b == null) {
            Bounds field = addField.getBoundsInParent();
            dropIndicator.resizeRelocate(Math.max(0, field.getMinX() - thickness - 1), field.getMinY(), thickness,
                    field.getHeight());
        } else {
            double x = before != null ? b.getMinX() - thickness - 1 : b.getMaxX() + 1;
            dropIndicator.resizeRelocate(Math.max(0, x), b.getMinY(), thickness, b.getHeight());
        }
    }

    void showDrop(boolean accepted) {
        getStyleClass().removeAll("drop-target", "drop-refused");
        getStyleClass().add(accepted ? "drop-target" : "drop-refused");
        if (!accepted) {
            cards.getChildren().remove(dropIndicator);
        }
    }

    void clearDrop() {
        getStyleClass().removeAll("drop-target", "drop-refused");
        cards.getChildren().remove(dropIndicator);
    }
}
