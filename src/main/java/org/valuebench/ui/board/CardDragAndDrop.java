package org.valuebench.ui.board;

import java.util.Collection;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import org.valuebench.domain.Item;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Moving cards with the mouse: a card dragged over a section shows whether it may go there and where it would
 * land; dropped, it moves there, or the model says why it may not. Dragged with Ctrl or Alt held, a card is not
 * moved but linked: dropped onto another card, the two are linked as one undoable step (or the status bar says why
 * they cannot be).
 */
final class CardDragAndDrop {
    private final WorkbenchViewModel model;
    private final Collection<SectionPane> sections;
    private CardView dragged;
    private SectionPane dropTarget;
    private CardView linkSource;
    private CardGestures gestures;

    CardDragAndDrop(WorkbenchViewModel model, Collection<SectionPane> sections) {
        this.model = model;
        this.sections = sections;
    }

    void setGestures(CardGestures gestures) {
        this.gestures = gestures;
    }

    /** Whether {@code card} is being dragged now. */
    boolean isDragged(CardView card) {
        return card == dragged;
    }

    void wireCard(CardView card) {
        card.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !card.isEditing() && (e.isShortcutDown() || e.isAltDown())) {
                startLink(card);
                card.startFullDrag();
                e.consume();
            } else if (e.getButton() == MouseButton.PRIMARY && !card.isEditing()) {
                dragged = card;
                card.setDragging(true);
                card.startFullDrag();
                e.consume();
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> end());
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
            if (linkSource != null && linkSource != card) {
                card.showLinkTarget(true);
            }
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> card.showLinkTarget(false));
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> dropLink(card));
    }

    /** A drag with Ctrl or Alt held began on {@code card}: dropped on another card, it links the two. */
    void startLink(CardView card) {
        linkSource = card;
    }

    /** A link drag was released over {@code target}: the two cards are linked, or the status bar says why not. */
    private void dropLink(CardView target) {
        target.showLinkTarget(false);
        if (linkSource != null && linkSource != target) {
            model.linkByDrag(linkSource.item(), target.item());
        }
    }

    void wireSection(SectionPane pane) {
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
            CardView onto = cardAt(e.getPickResult().getIntersectedNode());
            if (gestures != null && onto != null && onto != dragged && onto.item().section() == item.section()
                    && gestures.droppedOnto(item, onto.item())) {
                e.consume();
            } else if (item.section().canMoveTo(pane.section())) {
                int index = pane.dropIndex(new Point2D(e.getSceneX(), e.getSceneY()), dragged);
                model.moveItem(item.id(), pane.section(), index);
            } else {
                model.refuseMove(item, pane.section());
            }
            end();
        });
    }

    private static CardView cardAt(javafx.scene.Node node) {
        javafx.scene.Node at = node;
        while (at != null && !(at instanceof CardView)) {
            at = at.getParent();
        }
        return (CardView) at;
    }

    private void end() {
        linkSource = null;
        if (dragged != null) {
            dragged.setDragging(false);
            dragged = null;
        }
        sections.forEach(SectionPane::clearDrop);
        dropTarget = null;
    }
}
