package org.valuebench.ui.board;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.SectionGroup;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.fx.Icons;

/**
 * One sticky note: its text, importance dots (customer items), a promise badge (offering items), how many
 * links it has, and marks for unanswered or fluff. Double-click, Enter or F2 edit the text in place.
 */
public final class CardView extends VBox {

    /** What a card asks of the board it sits on. */
    interface Listener {
        void commitText(CardView card, String text);

        void editingEnded(CardView card);
    }

    /** The badges in the card's footer, in the order they show. */
    private enum Badge { DOTS, IMPORTANCE, PROMISE, LINKS, UNANSWERED, FLUFF }

    /** How the card relates to the current selection and fit analysis, and its dots in a workshop's vote. */
    record Marks(boolean selected, boolean linked, boolean unanswered, boolean fluff, int links, int dots) {
    }

    /** Past this many dots the badge draws this many and the count says the rest. */
    private static final int MOST_DOTS_DRAWN = 5;

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    public static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    public static final PseudoClass UNANSWERED = PseudoClass.getPseudoClass("unanswered");
    public static final PseudoClass FLUFF = PseudoClass.getPseudoClass("fluff");
    private static final PseudoClass DRAGGING = PseudoClass.getPseudoClass("dragging");
    private static final PseudoClass LINK_TARGET = PseudoClass.getPseudoClass("link-target");
    private static final Map<ColourTag, PseudoClass> TAGS = pseudoClasses(ColourTag.class, "tag-");
    private static final Map<SectionGroup, PseudoClass> GROUPS = pseudoClasses(SectionGroup.class, "group-");
    private static final double MAX_TEXT_HEIGHT = 190;
    private static final int MIN_EDITOR_ROWS = 2;
    /** Past this many lines the editor scrolls rather than grows, so a long text does not push the board away. */
    private static final int MAX_EDITOR_ROWS = 12;
    private final Listener listener;
    private final Label text = new Label();
    private final FlowPane footer = new FlowPane(6, 4);
    private final Map<Badge, Label> badges = new EnumMap<>(Badge.class);
    private Item item;
    private Marks marks;
    private TextArea editor;

    CardView(Item item, Listener listener) {
        this.listener = listener;
        getStyleClass().add("card");
        setFocusTraversable(true);
        text.getStyleClass().add("card-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        // A very long text ends in an ellipsis on the board; the editor and the details show all of it.
        text.setMaxHeight(MAX_TEXT_HEIGHT);
        footer.getStyleClass().add("card-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, footer);
        this.item = item;
    }

    /** A pseudo-class per constant, named {@code prefix} and the constant in lower case ("tag-yellow"). */
    private static <E extends Enum<E>> Map<E, PseudoClass> pseudoClasses(Class<E> type, String prefix) {
        Map<E, PseudoClass> classes = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            classes.put(constant, PseudoClass.getPseudoClass(prefix + constant.name().toLowerCase()));
        }
        return classes;
    }

    public Item item() {
        return item;
    }

    public long itemId() {
        return item.id();
    }

    public boolean isEditing() {
        return editor != null;
    }

    /** Shows the item as committed; a card being edited keeps its editor and takes the new state after. */
    void show(Item newItem, Marks newMarks) {
        this.item = newItem;
        this.marks = newMarks;
        // No id naming the item: a new id restyles the whole card, and a reused card changes its item.
        if (!isEditing()) {
            text.setText(newItem.text());
        }
        updateStyle(newItem, newMarks);
        showBadges(newItem, newMarks);
    }

    private void showBadges(Item newItem, Marks newMarks) {
        boolean any = showBadge(Badge.DOTS, newMarks.dots() > 0, dotsText(newMarks.dots()))
                | showBadge(Badge.IMPORTANCE, newItem.isCustomer(), "●".repeat(newItem.importance())
                + "○".repeat(Limits.MAX_LEVEL - newItem.importance()))
                | showBadge(Badge.PROMISE, newItem.promise(), "Promise · target " + newItem.promiseTarget())
                | showBadge(Badge.LINKS, newMarks.links() > 0, Integer.toString(newMarks.links()))
                | showBadge(Badge.UNANSWERED, newMarks.unanswered(), "Unanswered")
                | showBadge(Badge.FLUFF, newMarks.fluff(), "Fluff");
        footer.setVisible(any);
        footer.setManaged(any);
    }

    /** "●●● 3": the dots drawn (at most {@link #MOST_DOTS_DRAWN}) and counted, read at a glance from the room. */
    static String dotsText(int dots) {
        return "●".repeat(Math.min(dots, MOST_DOTS_DRAWN)) + " " + dots;
    }

    /**
     * Shows {@code kind} with {@code label}, or hides it, taking no room; returns {@code on}. A badge is made the
     * first time the card needs it and then stays, only showing or hiding: the card is reused for other items
     * (another canvas), and a press on a badge that vanished under the pointer (selecting the card restyles it)
     * would not become a drag.
     */
    private boolean showBadge(Badge kind, boolean on, String label) {
        Label badge = on ? badges.computeIfAbsent(kind, this::badge) : badges.get(kind);
        if (badge != null) {
            if (on) {
                badge.setText(label);
            }
            badge.setVisible(on);
            badge.setManaged(on);
        }
        return on;
    }

    /** A new badge of {@code kind}, put in its place among the card's badges. */
    private Label badge(Badge kind) {
        Label badge = new Label();
        switch (kind) {
            case DOTS -> {
                badge.getStyleClass().addAll("badge", "dots-badge");
                HoverTooltips.onHover(badge, () -> marks.dots() == 1 ? "1 dot in the vote"
                        : marks.dots() + " dots in the vote");
            }
            case IMPORTANCE -> {
                badge.getStyleClass().add("importance");
                HoverTooltips.onHover(badge, () -> "Importance " + item.importance() + " of " + Limits.MAX_LEVEL);
            }
            case PROMISE -> badge.getStyleClass().addAll("badge", "promise-badge");
            case LINKS -> {
                badge.setGraphic(Icons.small(Feather.LINK));
                badge.getStyleClass().addAll("badge", "links-badge");
                HoverTooltips.onHover(badge, () -> marks.links() == 1 ? "1 fit link" : marks.links() + " fit links");
            }
            case UNANSWERED -> {
                badge.setGraphic(Icons.small(Feather.ALERT_CIRCLE));
                badge.getStyleClass().addAll("badge", "marker", "marker-unanswered");
                HoverTooltips.onHover(badge, () -> "No offering item answers this yet");
            }
            case FLUFF -> {
                badge.setGraphic(Icons.small(Feather.CLOUD));
                badge.getStyleClass().addAll("badge", "marker", "marker-fluff");
                HoverTooltips.onHover(badge, () -> "Answers no want, need or fear");
            }
        }
        int place = (int) badges.keySet().stream().filter(k -> k.ordinal() < kind.ordinal()).count();
        footer.getChildren().add(place, badge);
        return badge;
    }

    /**
     * The card's colours follow its group, its colour tag and its marks, all pseudo-classes: a changed style class
     * restyles the whole card from the style sheets, while a changed pseudo-class only moves the card to another
     * state of the styles it already has. That keeps selecting a card cheap, and a card reused for another item
     * (opening another canvas). Being all pseudo-classes, they also weigh the same in the style sheet, where a
     * second style class would outweigh them: the later rule wins, a tag over the group's colour.
     */
    private void updateStyle(Item newItem, Marks newMarks) {
        for (SectionGroup group : SectionGroup.values()) {
            pseudoClassStateChanged(GROUPS.get(group), newItem.section().group() == group);
        }
        for (ColourTag tag : ColourTag.values()) {
            if (tag != ColourTag.NONE) {
                pseudoClassStateChanged(TAGS.get(tag), newItem.colour() == tag);
            }
        }
        pseudoClassStateChanged(SELECTED, newMarks.selected());
        pseudoClassStateChanged(LINKED, newMarks.linked());
        pseudoClassStateChanged(UNANSWERED, newMarks.unanswered());
        pseudoClassStateChanged(FLUFF, newMarks.fluff());
    }

    /** Dims the card while it is dragged. */
    void setDragging(boolean dragging) {
        pseudoClassStateChanged(DRAGGING, dragging);
    }

    /** Marks the card under the pointer while another is dragged onto it to be linked (Ctrl or Alt held). */
    void showLinkTarget(boolean on) {
        pseudoClassStateChanged(LINK_TARGET, on);
    }

    /** Replaces the text with an editor: Enter commits, Shift+Enter starts a new line, Esc cancels. */
    void startEditing() {
        if (isEditing()) {
            return;
        }
        editor = new TextArea(item.text());
        editor.setId("cardEditor");
        editor.getStyleClass().add("card-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(MIN_EDITOR_ROWS);
        // The editor grows with its text, so all of it shows from the first line: a scroll bar only past the maximum.
        editor.textProperty().addListener((obs, old, now) -> fitEditorRows());
        editor.widthProperty().addListener((obs, old, now) -> fitEditorRows());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::editorKey);
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now && isEditing()) {
                finishEditing(true);
            }
        });
        getChildren().set(0, editor);
        editor.requestFocus();
        editor.selectAll();
    }

    /** As many rows as the text takes wrapped at the editor's width, between the minimum and the maximum. */
    private void fitEditorRows() {
        if (editor == null || !(editor.lookup(".content") instanceof Region content) || content.getWidth() <= 0) {
            return;
        }
        double width = content.getWidth() - content.snappedLeftInset() - content.snappedRightInset();
        Text probe = new Text(editor.getText().isEmpty() ? " " : editor.getText());
        probe.setFont(editor.getFont());
        probe.setWrappingWidth(Math.max(1, width));
        Text line = new Text("X");
        line.setFont(editor.getFont());
        int rows = (int) Math.ceil(probe.getLayoutBounds().getHeight() / line.getLayoutBounds().getHeight() - 0.01);
        int wanted = Math.max(MIN_EDITOR_ROWS, Math.min(MAX_EDITOR_ROWS, rows));
        if (editor.getPrefRowCount() != wanted) {
            editor.setPrefRowCount(wanted);
            if (wanted < MAX_EDITOR_ROWS) {
                editor.setScrollTop(0);
            }
        }
    }

    private void editorKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER) {
            event.consume();
            if (event.isShiftDown()) {
                editor.replaceSelection("\n");
            } else {
                finishEditing(true);
            }
        } else if (event.getCode() == KeyCode.ESCAPE) {
            event.consume();
            finishEditing(false);
        }
    }

    private void finishEditing(boolean commit) {
        TextArea done = editor;
        editor = null;
        String typed = done.getText();
        boolean changed = commit && !typed.isBlank() && !typed.strip().equals(item.text());
        text.setText(changed ? typed.strip() : item.text());
        getChildren().set(0, text);
        if (changed) {
            listener.commitText(this, typed);
        }
        listener.editingEnded(this);
    }
}
