package org.valuebench.ui.gaps;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.feedback.FxGapDialogs;
import org.valuebench.ui.feedback.GapDialogs;
import org.valuebench.ui.feedback.GapFileChooser;
import org.valuebench.ui.feedback.SampleFeedbackMenu;
import org.valuebench.ui.feedback.SampleFeedbackViewModel;
import org.valuebench.ui.fx.FirstShown;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * Puts the gap view into the window: the "Gaps" tab beside "Canvas", File > Import feedback… and Help > Sample
 * feedback files. The window's dialogs may also answer the gap view's questions (tests script them) or just
 * choose its files; otherwise the real dialogs and the system file chooser are used.
 */
public final class GapFeature {
    /** File > Import feedback… (no shortcut: Ctrl+I (Cmd+I) is File > Import canvas). */
    static final KeyCombination IMPORT_FEEDBACK = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final GapViewModel gaps;
    private final FeedbackImportViewModel importer;
    private final SampleFeedbackViewModel samples;
    private GapView view;

    private GapFeature(WorkbenchViewModel model, Stage stage, Clock clock, Executor uiThread) {
        Object dialogs = model.dialogs();
        GapDialogs gapDialogs = dialogs instanceof GapDialogs scripted ? scripted
                : new FxGapDialogs(stage, dialogs instanceof GapFileChooser files ? files : GapFileChooser.system(stage));
        this.gaps = new GapViewModel(model, gapDialogs, clock);
        this.importer = new FeedbackImportViewModel(model, gapDialogs, uiThread);
        this.samples = new SampleFeedbackViewModel(model, importer, gapDialogs, SampleFeedbackViewModel.temporaryFolder());
    }

    /**
     * Adds the tab to {@code main} and the import item to the File menu of {@code menus}. The view models are made
     * now, so the import (its menu item, its shortcut, dropped files) works at once; the view, with its table and
     * charts, is made when the tab is first chosen and handed to {@code whenBuilt} before it is drawn.
     */
    public static GapFeature install(MainView main, Node menus, WorkbenchViewModel model, Stage stage, Clock clock,
                              Executor uiThread, Consumer<GapView> whenBuilt) {
        GapFeature feature = new GapFeature(model, stage, clock, uiThread);
        Tab tab = GapView.tab(feature.gaps);
        FirstShown.buildOnFirstSelection(tab, () -> new GapView(feature.gaps, feature.importer), view -> {
            feature.view = view;
            whenBuilt.accept(view);
        });
        main.tabs().getTabs().add(tab);
        if (menus.lookup("#menuBar") instanceof MenuBar bar && !bar.getMenus().isEmpty()) {
            Menu file = bar.getMenus().get(0);
            MenuItem item = new MenuItem("Import feedback…", Icons.small(Feather.UPLOAD));
            item.setId("menuImportFeedback");
            item.setAccelerator(IMPORT_FEEDBACK);
            item.setOnAction(e -> feature.importer.chooseAndImport());
            item.disableProperty().bind(model.canvasProperty().isNull().or(feature.importer.importingProperty()));
            // Before the separator that precedes Quit, so Quit stays last.
            int at = file.getItems().size();
            for (int i = file.getItems().size() - 1; i >= 0; i--) {
                if (file.getItems().get(i) instanceof SeparatorMenuItem) {
                    at = i;
                    break;
                }
            }
            file.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), item));
            bar.getMenus().stream().filter(m -> "menuHelp".equals(m.getId())).findFirst().ifPresent(help ->
                    help.getItems().add(0, SampleFeedbackMenu.create(feature.samples, model.canvasProperty().isNull()
                            .or(feature.importer.importingProperty()))));
        }
        return feature;
    }

    public GapViewModel gaps() {
        return gaps;
    }

    public FeedbackImportViewModel importer() {
        return importer;
    }

    /** Help ▸ Sample feedback files. */
    public SampleFeedbackViewModel samples() {
        return samples;
    }

    /** The view, once the tab was first chosen; else null. */
    public GapView view() {
        return view;
    }
}
