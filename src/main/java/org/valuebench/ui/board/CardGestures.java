package org.valuebench.ui.board;

import org.valuebench.domain.Item;

/**
 * What another feature may do with the board's mouse gestures before the board's own meaning (a workshop: a click
 * places a dot during a vote, a card dropped onto another of its section merges them). Each returns true when it
 * took the gesture, and the board then does nothing more with it.
 */
public interface CardGestures {

    /** A plain click on a card; {@code takeBack} for a right-click. */
    boolean clicked(Item card, boolean takeBack);

    /** {@code dragged} was dropped onto {@code target}, a card of the same section. */
    boolean droppedOnto(Item dragged, Item target);
}
