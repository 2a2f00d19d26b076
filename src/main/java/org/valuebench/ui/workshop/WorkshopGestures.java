package org.valuebench.ui.workshop;

import org.valuebench.domain.Item;
import org.valuebench.ui.board.CardGestures;

/**
 * The board's gestures while a workshop runs: during a vote a click on a card places a dot for the chosen
 * participant and a right-click takes one back; after the reveal, a card dropped onto another of its section
 * merges the two (after a confirmation). With no workshop the board keeps its own meaning.
 */
final class WorkshopGestures implements CardGestures {
    private final WorkshopViewModel console;

    WorkshopGestures(WorkshopViewModel console) {
        this.console = console;
    }

    @Override
    public boolean clicked(Item card, boolean takeBack) {
        if (!console.voteOpenProperty().get()) {
            return false;
        }
        if (takeBack) {
            console.takeBackDot(card.id());
        } else {
            console.castDot(card.id());
        }
        return true;
    }

    @Override
    public boolean droppedOnto(Item dragged, Item target) {
        boolean revealed = console.record().filter(r -> r.workshop().isRunning())
                .map(r -> !r.isHidden(dragged.id()) && !r.isHidden(target.id())).orElse(false);
        if (!revealed) {
            return false;
        }
        console.merge(target.id(), dragged.id());
        return true;
    }
}
