package org.valuebench.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;

/**
 * One sticky note: its text, importance dots (customer items), a promise badge (offering items), how many
 * links it has, and marks for unanswered or fluff. Double-click, Enter or F2 edit the text in place.
 */
final class CardView extends VBox {

    /** What a card asks of the board it sits on. */
    interface Listener {
        void commitText(CardView card, String text);

        void editingEnded(CardView card);
    }

    /** How the card relates to the current selection and fit analysis. */
    record Marks(boolean selected, boolean linked, boolean unanswered, boolean fluff, int links) {
    }

    private static final double MAX_TEXT_HEIGHT = 190;
    private final Listener listener;
    private final Label text = new Label();
    private final FlowPane footer = new FlowPane(6, 4);
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

    Item item() {
        return item;
    }

    long itemId() {
        return item.id();
    }

    boolean isEditing() {
        return editor != null;
    }

    /** Shows the item as committed; a card being edited keeps its editor and takes the new state after. */
    void show(Item newItem, Marks newMarks) {
        // Badges are rebuilt only when what they show changes: a press on a badge that vanished under the
        // pointer (selecting the card restyles it) would never become a drag.
        boolean badgesChanged = marks == null || !newItem.equals(item) || newMarks.links() != marks.links()
                || newMarks.unanswered() != marks.unanswered() || newMarks.fluff() != marks.fluff();
        this.item = newItem;
        this.marks = newMarks;
        setId("card-" + newItem.id());
        if (!isEditing()) {
            text.setText(newItem.text());
        }
        updateStyle(newItem, newMarks);
        if (badgesChanged) {
            footer.getChildren().setAll(badges(newItem, newMarks));
            footer.setVisible(!footer.getChildren().isEmpty());
            footer.setManaged(footer.isVisible());
        }
    }

    private void updateStyle(Item newItem, Marks newMarks) {
        List<String> wanted = new java.util.ArrayList<>(List.of("card"));
        wanted.add("group-" + newItem.section().group().name().toLowerCase());
        if (newItem.colour() != ColourTag.NONE) {
            wanted.add("tag-" + newItem.colour().name().toLowerCase());
        }
        if (newMarks.selected()) {
            wanted.add("selected");
        }
        if (newMarks.linked()) {
            wanted.add("linked");
        }
        if (newMarks.unanswered()) {
            wanted.add("unanswered");
        }
        if (newMarks.fluff()) {
            wanted.add("fluff");
        }
        if (getStyleClass().contains("dragging")) {
            wanted.add("dragging");
        }
        if (!getStyleClass().equals(wanted)) {
            getStyleClass().setAll(wanted);
        }
    }

    private static List<Label> badges(Item item, Marks marks) {
        List<Label> badges = new java.util.ArrayList<>();
        if (item.isCustomer()) {
            Label dots = new Label("●".repeat(item.importance()) + "○".repeat(Limits.MAX_LEVEL - item.importance()));
            dots.getStyleClass().add("importance");
            HoverTooltips.onHover(dots, () -> "Importance " + item.importance() + " of " + Limits.MAX_LEVEL);
            badges.add(dots);
        }
        if (item.promise()) {
            Label promise = new Label("Promise · target " + item.promiseTarget());
            promise.getStyleClass().addAll("badge", "promise-badge");
            badges.add(promise);
        }
        if (marks.links() > 0) {
            Label links = new Label(Integer.toString(marks.links()), Icons.small(Feather.LINK));
            links.getStyleClass().addAll("badge", "links-badge");
            HoverTooltips.onHover(links, () -> marks.links() == 1 ? "1 fit link" : marks.links() + " fit links");
            badges.add(links);
        }
        if (marks.unanswered()) {
            Label mark = new Label("Unanswered", Icons.small(Feather.ALERT_CIRCLE));
            mark.getStyleClass().addAll("badge", "marker", "marker-unanswered");
            HoverTooltips.onHover(mark, () -> "No offering item answers this yet");
            badges.add(mark);
        }
        if (marks.fluff()) {
            Label mark = new Label("Fluff", Icons.small(Feather.CLOUD));
            mark.getStyleClass().addAll("badge", "marker", "marker-fluff");
            HoverTooltips.onHover(mark, () -> "Answers no want, need or fear");
            badges.add(mark);
        }
        return badges;
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
        editor.setPrefRowCount(Math.max(2, Math.min(6, item.text().length() / 18 + 1)));
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
