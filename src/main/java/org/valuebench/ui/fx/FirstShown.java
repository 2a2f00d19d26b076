package org.valuebench.ui.fx;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.layout.StackPane;

/**
 * Makes a tab's content the first time the tab is chosen. The window starts with the board alone on screen, yet
 * JavaFX styles and skins every tab's content in the first layout, shown or not: the Gaps and Strategy views'
 * tables and charts alone loaded some two thousand classes before the canvas was drawn. Until chosen the tab holds
 * an empty pane, so its view models, menus and shortcuts can work long before its controls exist.
 */
public final class FirstShown {

    private FirstShown() {
    }

    /**
     * Gives {@code tab} the content {@code make} builds when the tab is first selected (at once if it already is),
     * then hands it to {@code built}, which may restore what the user left (splits, choices) before it is drawn.
     */
    public static <T extends Node> void buildOnFirstSelection(Tab tab, Supplier<T> make, Consumer<? super T> built) {
        tab.setContent(new StackPane());
        if (tab.isSelected()) {
            build(tab, make, built);
            return;
        }
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> selected, Boolean was,
                                Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    build(tab, make, built);
                }
            }
        };
        tab.selectedProperty().addListener(first);
    }

    private static <T extends Node> void build(Tab tab, Supplier<T> make, Consumer<? super T> built) {
        T content = make.get();
        built.accept(content);
        tab.setContent(content);
    }
}
