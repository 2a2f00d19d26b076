package org.valuebench.ui.workshop.presentation;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * The cards of one section in rows: its width shared evenly among as many columns of at least
 * {@link #CARD_WIDTH} as fit, each card as tall as its wrapped text. The widths are set while the grid is measured
 * and laid out, from the width it is given, so they are never those of an earlier size.
 */
final class CardGrid extends FlowPane {
    /** The narrowest a card gets before the grid takes a column fewer. */
    static final double CARD_WIDTH = 280;
    static final double GAP = 16;

    CardGrid() {
        super(GAP, GAP);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width > 0) {
            fit(width);
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        fit(getWidth());
        super.layoutChildren();
    }

    private void fit(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        if (inner <= 0) {
            return;
        }
        int columns = Math.max(1, (int) ((inner + GAP) / (CARD_WIDTH + GAP)));
        double cardWidth = Math.floor((inner + GAP) / columns - GAP);
        for (Node node : getChildren()) {
            if (node instanceof Region card && card.getPrefWidth() != cardWidth) {
                card.setMinWidth(cardWidth);
                card.setPrefWidth(cardWidth);
                card.setMaxWidth(cardWidth);
            }
        }
    }
}
