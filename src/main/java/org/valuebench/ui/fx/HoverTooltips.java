package org.valuebench.ui.fx;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips built when the pointer first reaches a node rather than when the node is made: a Tooltip is a popup
 * control with a scene of its own. Making one per bar, point and table cell on every new gap report cost the
 * JavaFX thread more than drawing the figures, and one per card badge, chart point and grid entry was a third of
 * the JavaFX thread's work in opening a canvas. The text is asked for on every entry, so it always explains what
 * the node shows now.
 */
public final class HoverTooltips {
    private static final String KEY = "hover-tooltip";

    private HoverTooltips() {
    }

    /** Explains {@code node} with {@code text}, asked for when the pointer enters it; null or blank shows none. */
    public static void onHover(Node node, Supplier<String> text) {
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> refresh(node, text.get()));
    }

    /** The tooltip {@code node} shows now, or null if the pointer never reached it or it has nothing to say. */
    public static Tooltip of(Node node) {
        return node instanceof Control control ? control.getTooltip() : (Tooltip) node.getProperties().get(KEY);
    }

    private static void refresh(Node node, String text) {
        Tooltip tip = (Tooltip) node.getProperties().get(KEY);
        if (text == null || text.isBlank()) {
            if (tip != null) {
                uninstall(node, tip);
            }
            return;
        }
        if (tip == null) {
            tip = create();
            node.getProperties().put(KEY, tip);
            if (node instanceof Control control) {
                control.setTooltip(tip);
            } else {
                Tooltip.install(node, tip);
            }
        }
        tip.setText(text);
    }

    private static void uninstall(Node node, Tooltip tip) {
        node.getProperties().remove(KEY);
        if (node instanceof Control control) {
            control.setTooltip(null);
        } else {
            Tooltip.uninstall(node, tip);
        }
    }

    static Tooltip create() {
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(60));
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        return tip;
    }
}
