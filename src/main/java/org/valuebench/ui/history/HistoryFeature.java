package org.valuebench.ui.history;

import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** Puts the history into the window: File ▸ Save version… (Ctrl+Alt+S). */
public final class HistoryFeature {
    static final KeyCombination SAVE_VERSION = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);
    private final HistoryViewModel model;

    private HistoryFeature(HistoryViewModel model) {
        this.model = model;
    }

    /** Adds Save version… to the File menu of {@code menus}, after the canvas items. */
    public static HistoryFeature install(MainView main, Node menus, WorkbenchViewModel workbench, Clock clock,
                                         HistoryCompare compare) {
        HistoryFeature feature = new HistoryFeature(new HistoryViewModel(workbench, clock, compare));
        if (menus.lookup("#menuBar") instanceof MenuBar bar && !bar.getMenus().isEmpty()) {
            feature.addSaveItem(bar.getMenus().get(0), workbench);
        }
        return feature;
    }

    private void addSaveItem(Menu file, WorkbenchViewModel workbench) {
        MenuItem save = new MenuItem("Save version…", Icons.small(Feather.BOOKMARK));
        save.setId("menuSaveVersion");
        save.setAccelerator(SAVE_VERSION);
        save.setOnAction(e -> model.saveVersion());
        save.disableProperty().bind(model.canSaveProperty().not());
        // The reason a read-only workspace gives, beside the greyed item, as the banner says it.
        workbench.readOnlyReasonProperty().addListener((obs, old, now) ->
                save.setText(now.isEmpty() ? "Save version…" : "Save version… (read-only workspace)"));
        file.getItems().add(firstSeparatorAfterCanvasItems(file), save);
    }

    /** The position of the separator that ends the canvas items (New canvas … Delete canvas). */
    private static int firstSeparatorAfterCanvasItems(Menu file) {
        boolean inCanvasItems = false;
        for (int i = 0; i < file.getItems().size(); i++) {
            MenuItem item = file.getItems().get(i);
            if ("New canvas".equals(item.getText())) {
                inCanvasItems = true;
            } else if (inCanvasItems && item instanceof SeparatorMenuItem) {
                return i;
            }
        }
        return file.getItems().size();
    }

    public HistoryViewModel model() {
        return model;
    }
}
