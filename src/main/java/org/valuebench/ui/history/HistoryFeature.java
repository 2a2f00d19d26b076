package org.valuebench.ui.history;

import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.fx.FirstShown;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Puts the history into the window: File ▸ Save version… (Ctrl+Alt+S), the History tab beside the Details and
 * View ▸ History (Ctrl+H) to bring it forward.
 */
public final class HistoryFeature {
    static final KeyCombination SAVE_VERSION = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.ALT_DOWN);
    static final KeyCombination SHOW_HISTORY = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private final HistoryViewModel model;
    private final Tab tab;
    private final TabPane sideTabs;
    private HistoryView view;

    private HistoryFeature(HistoryViewModel model, Tab tab, TabPane sideTabs) {
        this.model = model;
        this.tab = tab;
        this.sideTabs = sideTabs;
    }

    /**
     * Adds the History tab beside the Details of {@code main} and its items to the menus of {@code menus}. The
     * panel itself is made when the tab is first chosen (View ▸ History chooses it).
     */
    public static HistoryFeature install(MainView main, Node menus, WorkbenchViewModel workbench, Clock clock,
                                         HistoryCompare compare) {
        HistoryViewModel model = new HistoryViewModel(workbench, clock, compare);
        Tab tab = new Tab("History");
        tab.setId("historyTab");
        HistoryFeature feature = new HistoryFeature(model, tab, main.addSideTab(tab));
        FirstShown.buildOnFirstSelection(tab, () -> {
            HistoryView view = new HistoryView(model, clock.getZone());
            view.addAction("historyRestore", "Restore", Feather.ROTATE_CCW, model::restore);
            view.addAction("historyOpenAsCanvas", "Open as new canvas", Feather.COPY, model::openAsNewCanvas);
            return view;
        }, view -> feature.view = view);
        if (menus.lookup("#menuBar") instanceof MenuBar bar && bar.getMenus().size() > 2) {
            feature.addSaveItem(bar.getMenus().get(0), workbench);
            feature.addShowItem(bar.getMenus().get(2));
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

    /** View ▸ History, after View ▸ Details. */
    private void addShowItem(Menu viewMenu) {
        MenuItem show = new MenuItem("History", Icons.small(Feather.CLOCK));
        show.setId("menuHistory");
        show.setAccelerator(SHOW_HISTORY);
        show.setOnAction(e -> showPanel());
        int at = viewMenu.getItems().size();
        for (int i = 0; i < viewMenu.getItems().size(); i++) {
            if ("menuDetails".equals(viewMenu.getItems().get(i).getId())) {
                at = i + 1;
            }
        }
        viewMenu.getItems().add(at, show);
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

    /** Selects the History tab beside the board. */
    public void showPanel() {
        sideTabs.getSelectionModel().select(tab);
    }

    public HistoryViewModel model() {
        return model;
    }

    /** The panel, once its tab was first chosen; else null. */
    HistoryView view() {
        return view;
    }
}
