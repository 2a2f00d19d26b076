package org.valuebench.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Compare on the board, installed into the window: View ▸ Compare with latest version (Ctrl+Shift+D), Library ▸
 * Compare with…, and the Canvas tab showing the compare view in place of the board and details while a comparison
 * is on (so nothing on it can be edited), back to them on Close or Esc.
 */
public final class CompareFeature {
    static final KeyCombination COMPARE_LATEST = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final CompareViewModel compare;
    /** Made on the first comparison: until then nothing of it is on screen. */
    private CompareView view;
    private final MainView main;
    private final Tab canvasTab;
    private final Node boardContent;
    private final WorkbenchViewModel model;

    private CompareFeature(MainView main, WorkbenchViewModel model) {
        this.main = main;
        this.model = model;
        this.compare = new CompareViewModel(model);
        this.canvasTab = main.tabs().getTabs().stream().filter(t -> "canvasTab".equals(t.getId())).findFirst()
                .orElseThrow();
        this.boardContent = canvasTab.getContent();
        compare.shownProperty().addListener((obs, old, now) -> showing(now));
    }

    public static CompareFeature install(MainView main, Node menus, WorkbenchViewModel model, CanvasChoice choice) {
        CompareFeature feature = new CompareFeature(main, model);
        if (menus.lookup("#menuBar") instanceof MenuBar bar) {
            bar.getMenus().stream().filter(m -> "_View".equals(m.getText())).findFirst()
                    .ifPresent(view -> feature.addMenuItem(view, model));
        }
        ListView<CanvasSummary> library = main.libraryList();
        if (library.getContextMenu() != null) {
            MenuItem with = new MenuItem("Compare with…", Icons.small(Feather.COLUMNS));
            with.setId("libraryCompareWith");
            with.setOnAction(e -> feature.compareWith(library.getSelectionModel().getSelectedItem(), library.getItems(),
                    choice));
            library.getContextMenu().getItems().add(2, with);
        }
        return feature;
    }

    private void addMenuItem(Menu viewMenu, WorkbenchViewModel model) {
        MenuItem latest = new MenuItem("Compare with latest version", Icons.small(Feather.COLUMNS));
        latest.setId("menuCompareLatest");
        latest.setAccelerator(COMPARE_LATEST);
        latest.disableProperty().bind(model.canvasProperty().isNull());
        latest.setOnAction(e -> compare.compareWithLatest());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), latest);
    }

    private void compareWith(CanvasSummary selected, List<CanvasSummary> all, CanvasChoice choice) {
        if (selected == null) {
            return;
        }
        List<CanvasSummary> others = all.stream().filter(s -> s.id() != selected.id()).toList();
        choice.choose(selected.name(), others).ifPresent(other -> compare.compareCanvases(selected.id(), other.id()));
    }

    private void showing(ComparisonShown shown) {
        if (shown == null) {
            canvasTab.setContent(boardContent);
            main.board().requestFocus();
            return;
        }
        if (view == null) {
            view = new CompareView(compare);
        }
        view.show(shown);
        // Nothing selected: Edit ▸ Delete and the card keys then have no card to act on while the board is away.
        model.select(0);
        canvasTab.setContent(view);
        main.tabs().getSelectionModel().select(canvasTab);
        view.requestFocus();
    }

    /** What the panel and the journeys call to compare. */
    public CompareViewModel model() {
        return compare;
    }
}
