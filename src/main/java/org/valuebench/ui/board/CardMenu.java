package org.valuebench.ui.board;

import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * A card's menu, on a right-click or Ctrl+M: Move to section…, any section of the canvas. One menu for the
 * board, filled for the card it opens on. A move into the other group is explained (and, where links would be
 * lost, confirmed) by {@link WorkbenchViewModel#moveToSection}.
 */
final class CardMenu {
    private final WorkbenchViewModel model;
    private final ContextMenu menu = new ContextMenu();

    CardMenu(WorkbenchViewModel model) {
        this.model = model;
        menu.setId("cardMenu");
    }

    ContextMenu menu() {
        return menu;
    }

    /** Opens the menu at the pointer ({@code screenX}, {@code screenY}). */
    void showAt(CardView card, double screenX, double screenY) {
        fill(card);
        menu.show(card, screenX, screenY);
    }

    /** Opens the menu under the card, for the keyboard. */
    void showBelow(CardView card) {
        fill(card);
        Bounds b = card.getBoundsInLocal();
        menu.show(card, Side.BOTTOM, Math.min(16, b.getWidth() / 2), 0);
    }

    private void fill(CardView card) {
        Section from = card.item().section();
        long itemId = card.itemId();
        MenuItem title = new MenuItem("Move to section");
        title.setDisable(true);
        menu.getItems().setAll(title);
        SectionGroup group = null;
        for (Section target : Section.values()) {
            if (target == from) {
                continue;
            }
            if (group != null && target.group() != group) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            group = target.group();
            MenuItem item = new MenuItem(target.title());
            item.setId("moveTo-" + target.name());
            item.setOnAction(e -> model.moveToSection(itemId, target));
            menu.getItems().add(item);
        }
    }
}
