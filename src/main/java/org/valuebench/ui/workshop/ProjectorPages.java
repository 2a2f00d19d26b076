package org.valuebench.ui.workshop;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Which page of the step's cards the projector shows. Nobody scrolls a projector, so the presentation shows its
 * cards in pages of whole cards; it says how many pages there are ({@link #setCount}), and the console's buttons
 * and the presentation window's keys turn them with the same {@link #next} and {@link #previous}. A new step, a
 * reveal or a vote's result goes back to the first page ({@link #first}). JavaFX thread only.
 */
public final class ProjectorPages {
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(1);
    private final BooleanBinding canGoOn = Bindings.createBooleanBinding(() -> page.get() + 1 < count.get(), page,
            count);
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(() -> page.get() > 0, page);

    /** The page shown, counted from 0. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** How many pages the step's cards take on the projector; 1 when they fit. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public BooleanBinding canGoOnProperty() {
        return canGoOn;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    /** The next page of cards, if there is one. */
    public void next() {
        if (canGoOn.get()) {
            page.set(page.get() + 1);
        }
    }

    /** The page before, if there is one. */
    public void previous() {
        if (canGoBack.get()) {
            page.set(page.get() - 1);
        }
    }

    /** Back to the first page. */
    public void first() {
        page.set(0);
    }

    /** The presentation has laid the cards out in {@code pages} pages; a page past the last becomes the last. */
    public void setCount(int pages) {
        count.set(Math.max(1, pages));
        if (page.get() >= count.get()) {
            page.set(count.get() - 1);
        }
    }
}
