package org.valuebench.ui.workbench;

import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/** What the test canvases share: items in a line, adding a canvas through the window's model, finding an item. */
public final class TestCanvases {

    private TestCanvases() {
    }

    /** An item whose position is its id, with no notes, colour or author. */
    public static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return new Item(id, 0, section, (int) id, text, "", ColourTag.NONE, "", importance, promise, target);
    }

    /** Adds {@code content} through the window's model, shows it, and returns its id. */
    public static long add(WorkbenchViewModel model, CanvasContent content) {
        model.edit(session -> session.current().addCanvas("Add canvas", content, content.canvas().name()), null, e -> {
            throw e;
        });
        return model.canvasId();
    }

    /** The id of the shown canvas's item with {@code text}. */
    public static long itemId(WorkbenchViewModel model, String text) {
        return model.canvas().orElseThrow().items().stream().filter(i -> i.text().equals(text)).findFirst()
                .orElseThrow().id();
    }
}
