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
    /** The build a tab waits for, kept in the tab's properties until it has run. */
    private static final String PENDING = "valuebench.firstShown.pending";

    private FirstShown() {
    }

    /**
     * Gives {@code tab} the content {@code make} builds when the tab is first selected (at once if it already is),
     * then hands it to {@code built}, which may restore what the user left (splits, choices) before it is drawn.
     */
    public static <T extends Node> void buildOnFirstSelection(Tab tab, Supplier<T> make, Consumer<? super T> built) {
        tab.setContent(new StackPane());
        Runnable build = () -> {
            T content = make.get();
            built.accept(content);
            tab.setContent(content);
        };
        if (tab.isSelected()) {
            build.run();
            return;
        }
        tab.getProperties().put(PENDING, build);
        ChangeListener<Boolean> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> selected, Boolean was,
                                Boolean now) {
                if (now) {
                    buildAhead(tab);
                }
            }
        };
        tab.selectedProperty().addListener(first);
        tab.getProperties().put(PENDING + ".listener", first);
    }

    /** Whether {@code tab}'s content is still to be made. */
    public static boolean isPending(Tab tab) {
        return tab.getProperties().containsKey(PENDING);
    }

    /** Makes {@code tab}'s content now, before it is chosen, if it is still to be made. */
    @SuppressWarnings("unchecked")
    public static void buildAhead(Tab tab) {
        Runnable build = (Runnable) tab.getProperties().remove(PENDING);
        Object listener = tab.getProperties().remove(PENDING + ".listener");
        if (listener != null) {
            tab.selectedProperty().removeListener((ChangeListener<Boolean>) listener);
        }
        if (build != null) {
            build.run();
        }
    }
}
