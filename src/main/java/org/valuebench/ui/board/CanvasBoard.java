package org.valuebench.ui.board;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The canvas drawn as a canvas: offering on the left, customer profile on the right, alternatives beneath,
 * each section a titled area of cards. Cards are kept per item id between updates, so a card keeps its focus
 * and its open editor while the committed state is redrawn around it. A card whose item is gone is hidden and
 * kept for a new item.
 */
public final class CanvasBoard extends BorderPane implements CardView.Listener {
    private final WorkbenchViewModel model;
    private final Map<Section, SectionPane> sections = new EnumMap<>(Section.class);
    private final Map<Long, CardView> cards = new HashMap<>();
    /** Hidden cards kept in their sections for items to come, see {@link #putAside}. */
    private final Map<Section, Deque<CardView>> spare = new EnumMap<>(Section.class);
    private static final int SPARE_PER_SECTION = 24;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label fitScore = new Label();
    private final Label fitDetail = new Label();
    private final ScrollPane scroll;
    private CardView dragged;
    private SectionPane dropTarget;

    public CanvasBoard(WorkbenchViewModel model) {
        this.model = model;
        setId("canvasBoard");
        getStyleClass().add("canvas-board");
        setFocusTraversable(true);

        for (Section s : Section.values()) {
            SectionPane pane = new SectionPane(s);
            sections.put(s, pane);
            wireSection(pane);
        }
        setTop(header());
        GridPane grid = new GridPane();
        grid.getStyleClass().add("board-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        // Offering on the left, customer profile on the right, row by row; alternatives beneath both.
        grid.add(groupTitle(SectionGroup.OFFERING), 0, 0);
        grid.add(groupTitle(SectionGroup.CUSTOMER), 1, 0);
        List<Section> offering = List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE);
        List<Section> customer = List.of(Section.WANTS, Section.NEEDS, Section.FEARS);
        for (int row = 0; row < 3; row++) {
            grid.add(sections.get(offering.get(row)), 0, row + 1);
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
        scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("board-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
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
        render();
    }

    private static boolean isInsideCard(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof CardView) {
                return true;
            }
        }
        return false;
    }

    private Node header() {
        title.setId("canvasTitle");
        title.getStyleClass().add("canvas-title");
        subtitle.setId("canvasSubtitle");
        subtitle.getStyleClass().add("canvas-subtitle");
        fitScore.setId("fitScore");
        fitScore.getStyleClass().add("fit-score");
        fitDetail.setId("fitDetail");
        fitDetail.getStyleClass().add("fit-detail");
        VBox names = new VBox(2, title, subtitle);
        VBox fit = new VBox(2, fitScore, fitDetail);
        fit.getStyleClass().add("fit-box");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, names, spacer, fit);
        fit.setMinWidth(Region.USE_PREF_SIZE);
        names.setMinWidth(0);
        header.getStyleClass().add("board-header");
        return header;
    }

    private static Node groupTitle(SectionGroup group) {
        Label label = new Label(group.title().toUpperCase());
        label.setId("group-" + group.name());
        label.getStyleClass().addAll("group-title", "group-title-" + group.name().toLowerCase());
        return label;
    }

    public SectionPane section(Section section) {
        return sections.get(section);
    }

    // ---- drawing

    private void render() {
        CanvasContent content = model.canvas().orElse(null);
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (content == null) {
            title.setText("");
            subtitle.setText("");
            fitScore.setText("");
            fitDetail.setText("");
            putAside(Set.of(), focused);
            sections.values().forEach(p -> p.setCards(List.of(), asideIn(p.section())));
            return;
        }
        title.setText(content.canvas().name());
        subtitle.setText(subtitle(content));
        FitReport fit = model.fitProperty().get();
        fitScore.setText(fit.fitScore() == null ? "Fit —" : "Fit " + Math.round(fit.fitScore() * 100) + " %");
        fitDetail.setText(fit.totalWeight() == 0 ? "Add wants, needs and fears to score the fit"
                : fit.unanswered().size() + " unanswered · " + fit.fluff().size() + " fluff");
        Set<Long> present = new HashSet<>();
        for (Section s : Section.values()) {
            content.itemsIn(s).forEach(item -> present.add(item.id()));
        }
        putAside(present, focused);
        Map<Section, List<CardView>> shown = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            List<CardView> views = new ArrayList<>();
            for (Item item : content.itemsIn(s)) {
                CardView view = cards.get(item.id());
                if (view == null) {
                    view = reuse(s).orElseGet(() -> newCard(item));
                    cards.put(item.id(), view);
                }
                view.show(item, marks(content, fit, item));
                views.add(view);
            }
            shown.put(s, views);
        }
        // Only once every card has its section: a card reused in another section leaves its old one here.
        shown.forEach((s, views) -> sections.get(s).setCards(views, asideIn(s)));
        if (focused instanceof CardView card && cards.containsValue(card) && !card.isFocused()) {
            card.requestFocus();
        }
    }

    /**
     * Sets aside the cards whose items are gone, hidden in the section they were in, to show other items later:
     * opening another canvas then changes what cards say instead of making new ones. A new card costs the JavaFX
     * thread its styling, and a card taken out of the window its removal from the style cache: most of opening a
     * canvas. Hidden cards keep their styles. The focused card and one being edited or dragged are dropped
     * instead (they would go on as another item), and so are those past {@link #SPARE_PER_SECTION}.
     */
    private void putAside(Set<Long> present, Node focused) {
        // In the order they are shown, so that the cards reused in a section keep their places among its nodes.
        for (SectionPane pane : sections.values()) {
            Deque<CardView> aside = spare.computeIfAbsent(pane.section(), k -> new ArrayDeque<>());
            List<CardView> hiddenBefore = List.copyOf(aside);
            aside.clear();
            for (CardView card : pane.cards()) {
                if (!present.contains(card.itemId()) && cards.get(card.itemId()) == card) {
                    cards.remove(card.itemId());
                    if (!card.isEditing() && card != focused && card != dragged
                            && aside.size() < SPARE_PER_SECTION) {
                        aside.add(card);
                    }
                }
            }
            for (CardView card : hiddenBefore) {
                if (aside.size() < SPARE_PER_SECTION) {
                    aside.add(card);
                }
            }
        }
    }

    private Collection<CardView> asideIn(Section section) {
        Deque<CardView> aside = spare.get(section);
        return aside == null ? List.of() : aside;
    }

    /** A card set aside in {@code section}, else in its group (same colours), else in any section. */
    private Optional<CardView> reuse(Section section) {
        Deque<CardView> same = spare.get(section);
        if (same != null && !same.isEmpty()) {
            return Optional.of(same.poll());
        }
        return spare.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .min(Comparator.comparing(e -> e.getKey().group() == section.group() ? 0 : 1))
                .map(e -> e.getValue().poll());
    }

    private static String subtitle(CanvasContent content) {
        String segment = content.canvas().segment();
        String offering = content.canvas().offering();
        if (segment.isEmpty() && offering.isEmpty()) {
            return "Who is it for, and what is offered? Fill in the canvas details on the right.";
        }
        return (segment.isEmpty() ? "" : "For " + segment) + (segment.isEmpty() || offering.isEmpty() ? "" : "  ·  ")
                + offering;
    }

    private CardView.Marks marks(CanvasContent content, FitReport fit, Item item) {
        long selected = model.selectedItemIdProperty().get();
        return new CardView.Marks(item.id() == selected, model.linkedToSelectionProperty().get().contains(item.id()),
                fit.isUnanswered(item.id()), fit.isFluff(item.id()), content.linkedTo(item.id()).size());
    }

    private void restyle() {
        CanvasContent content = model.canvas().orElse(null);
        FitReport fit = model.fitProperty().get();
        if (content == null || fit == null) {
            return;
        }
        for (CardView card : cards.values()) {
            card.show(card.item(), marks(content, fit, card.item()));
        }
    }

    // ---- picture

    /**
     * The board as drawn, at {@code scale}: the header and every section, also those scrolled out of view,
     * as wide as the board. Runs on the JavaFX thread.
     */
    public WritableImage picture(double scale) {
        applyCss();
        layout();
        Region header = (Region) getTop();
        Region grid = (Region) scroll.getContent();
        Paint background = boardBackground();
        WritableImage top = snapshot(header, scale, background);
        WritableImage body = snapshot(grid, scale, background);
        int width = (int) Math.ceil(getWidth() * scale);
        int topHeight = (int) top.getHeight();
        int height = topHeight + (int) body.getHeight();
        WritableImage picture = new WritableImage(width, height);
        PixelWriter pixels = picture.getPixelWriter();
        // What neither snapshot covers (beside the grid, where the scroll bar is) gets the board's colour.
        int argb = background instanceof Color c ? argb(c) : 0xffffffff;
        int[] row = new int[width];
        Arrays.fill(row, argb);
        for (int y = 0; y < height; y++) {
            pixels.setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
        }
        pixels.setPixels(0, 0, Math.min(width, (int) top.getWidth()), topHeight, top.getPixelReader(), 0, 0);
        pixels.setPixels(0, topHeight, Math.min(width, (int) body.getWidth()), (int) body.getHeight(),
                body.getPixelReader(), 0, 0);
        return picture;
    }

    /** The node's own area (its layout bounds; card shadows stay inside the grid's padding) at {@code scale}. */
    private static WritableImage snapshot(Region node, double scale, Paint fill) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(fill);
        parameters.setViewport(new Rectangle2D(0, 0, Math.ceil(node.getWidth() * scale),
                Math.ceil(node.getHeight() * scale)));
        return node.snapshot(parameters, null);
    }

    private Paint boardBackground() {
        Background background = getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            return background.getFills().get(0).getFill();
        }
        return Color.WHITE;
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    // ---- cards: selection, keys, editing

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
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                card.startEditing();
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> cardKey(card, e));
        card.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !card.isEditing()) {
                dragged = card;
                card.setDragging(true);
                card.startFullDrag();
                e.consume();
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> endDrag());
        return card;
    }

    private void cardKey(CardView card, KeyEvent e) {
        if (card.isEditing()) {
            return;
        }
        KeyCode code = e.getCode();
        BoardNavigator.Direction direction = switch (code) {
            case UP, KP_UP -> BoardNavigator.Direction.UP;
            case DOWN, KP_DOWN -> BoardNavigator.Direction.DOWN;
            case LEFT, KP_LEFT -> BoardNavigator.Direction.LEFT;
            case RIGHT, KP_RIGHT -> BoardNavigator.Direction.RIGHT;
            default -> null;
        };
        if (direction != null && e.isAltDown() && !e.isShortcutDown()) {
            moveByKeyboard(card, direction);
            e.consume();
        } else if (direction != null && !e.isShortcutDown()) {
            BoardNavigator.next(cardBoxes(), card.itemId(), direction).ifPresent(this::focusCard);
            e.consume();
        } else if ((code == KeyCode.ENTER || code == KeyCode.F2) && !e.isShortcutDown()) {
            card.startEditing();
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            deleteCard(card);
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            model.select(0);
            requestFocus();
            e.consume();
        }
    }

    /**
     * Alt+Left/Right moves the card one place along its section; Alt+Up/Down moves it to the end of the
     * section above or below in its group (the keyboard's drag and drop).
     */
    private void moveByKeyboard(CardView card, BoardNavigator.Direction direction) {
        Item item = card.item();
        List<Section> group = Section.of(item.section().group());
        int place = group.indexOf(item.section());
        int count = sections.get(item.section()).cards().size();
        switch (direction) {
            case LEFT -> {
                if (item.position() > 0) {
                    model.moveItem(item.id(), item.section(), item.position() - 1);
                }
            }
            case RIGHT -> {
                if (item.position() < count - 1) {
                    model.moveItem(item.id(), item.section(), item.position() + 1);
                }
            }
            case UP, DOWN -> {
                int next = place + (direction == BoardNavigator.Direction.UP ? -1 : 1);
                if (next >= 0 && next < group.size()) {
                    Section target = group.get(next);
                    model.moveItem(item.id(), target, sections.get(target).cards().size());
                }
            }
        }
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

    void focusCard(long itemId) {
        CardView card = cards.get(itemId);
        if (card != null) {
            card.requestFocus();
        }
    }

    /** Where each card is on the board, for the arrow keys. */
    private Map<Long, BoardNavigator.Box> cardBoxes() {
        Map<Long, BoardNavigator.Box> boxes = new HashMap<>();
        for (CardView card : cards.values()) {
            if (card.getScene() != null) {
                Bounds b = card.localToScene(card.getBoundsInLocal());
                boxes.put(card.itemId(), new BoardNavigator.Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
            }
        }
        return boxes;
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

    // ---- sections: adding and dropping

    private void wireSection(SectionPane pane) {
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
        pane.addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (dragged == null) {
                return;
            }
            boolean accepted = dragged.item().section().canMoveTo(pane.section());
            if (dropTarget != null && dropTarget != pane) {
                dropTarget.clearDrop();
            }
            dropTarget = pane;
            pane.showDrop(accepted);
            if (accepted) {
                pane.dropIndex(new Point2D(e.getSceneX(), e.getSceneY()), dragged);
            }
        });
        pane.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> pane.clearDrop());
        pane.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            if (dragged == null) {
                return;
            }
            Item item = dragged.item();
            if (item.section().canMoveTo(pane.section())) {
                int index = pane.dropIndex(new Point2D(e.getSceneX(), e.getSceneY()), dragged);
                model.moveItem(item.id(), pane.section(), index);
            } else {
                model.refuseMove(item, pane.section());
            }
            endDrag();
        });
    }

    private void endDrag() {
        if (dragged != null) {
            dragged.setDragging(false);
            dragged = null;
        }
        sections.values().forEach(SectionPane::clearDrop);
        dropTarget = null;
    }
}
