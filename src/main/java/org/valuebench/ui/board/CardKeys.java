package org.valuebench.ui.board;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The keys on a focused card: the arrows walk the board as it is laid out (see {@link BoardNavigator}),
 * Alt+arrows move the card, Ctrl+M opens Move to section…, Enter or F2 edits it, Delete deletes it and Escape leaves the cards. Keys 1 to 5 rate
 * the card as the Strategy grid rates a cell: a customer card's importance, a promise's target. A card being
 * edited keeps its keys for the editor.
 */
final class CardKeys {
    private final WorkbenchViewModel model;
    private final CanvasBoard board;
    private final Map<Section, SectionPane> sections;
    private final BoardCards cards;
    private final CardMenu menu;

    CardKeys(WorkbenchViewModel model, CanvasBoard board, Map<Section, SectionPane> sections, BoardCards cards,
             CardMenu menu) {
        this.menu = menu;
        this.model = model;
        this.board = board;
        this.sections = sections;
        this.cards = cards;
    }

    void pressed(CardView card, KeyEvent e) {
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
            BoardNavigator.next(cardBoxes(), card.itemId(), direction).ifPresent(board::focusCard);
            e.consume();
        } else if ((code == KeyCode.ENTER || code == KeyCode.F2) && !e.isShortcutDown()) {
            card.startEditing();
            e.consume();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            board.deleteCard(card);
            e.consume();
        } else if (code == KeyCode.M && e.isShortcutDown() && !e.isAltDown()) {
            menu.showBelow(card);
            e.consume();
        } else if (level(code) > 0 && !e.isShortcutDown() && !e.isAltDown()) {
            rate(card.item(), level(code));
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            model.select(0);
            board.requestFocus();
            e.consume();
        }
    }

    /** The level a digit key gives (1 to 5, top row or keypad), 0 for any other key. */
    static int level(KeyCode code) {
        int level = switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> 0;
        };
        return level <= Limits.MAX_LEVEL ? level : 0;
    }

    /** Sets a customer card's importance or a promise's target; other cards have no level to rate. */
    private void rate(Item item, int level) {
        if (item.isCustomer() && item.importance() != level) {
            model.editItem(item.id(), i -> i.withImportance(level), null);
        } else if (item.promise() && item.promiseTarget() != level) {
            model.editItem(item.id(), i -> i.withPromise(true, level), null);
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

    /** Where each card is on the board, for the arrow keys. */
    private Map<Long, BoardNavigator.Box> cardBoxes() {
        Map<Long, BoardNavigator.Box> boxes = new HashMap<>();
        for (CardView card : cards.shown()) {
            if (card.getScene() != null) {
                Bounds b = card.localToScene(card.getBoundsInLocal());
                boxes.put(card.itemId(), new BoardNavigator.Box(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()));
            }
        }
        return boxes;
    }
}
