package org.valuebench.ui.board;

import javafx.beans.value.ObservableValue;

/**
 * What another feature shows on the board's cards beyond the card itself (a workshop: the dots of its vote), so
 * the board shows them without knowing that feature.
 */
public interface CardBadges {

    /** The dots shown on the card with {@code itemId}; 0 shows none. */
    int dotsOn(long itemId);

    /** Changes whenever {@link #dotsOn} may answer otherwise: the board then redraws its cards' badges. */
    ObservableValue<?> changes();
}
