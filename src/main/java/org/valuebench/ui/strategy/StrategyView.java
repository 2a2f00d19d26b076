package org.valuebench.ui.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.domain.Item;
import org.valuebench.ui.fx.FirstShown;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.Icons;
import org.valuebench.ui.shell.MainView;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The "Strategy" tab: a toolbar to add factors, the ratings grid with the selected factor's panel beside it,
 * and below them the strategy canvas beside the four actions grid and the differentiation analysis. Binds to
 * {@link StrategyViewModel}; holds no state of its own.
 */
public final class StrategyView extends BorderPane {
    static final String STYLESHEET = StrategyView.class.getResource("strategy.css").toExternalForm();
    private final StrategyViewModel model;
    private final RatingsGrid grid;
    private final FactorPanel factorPanel;
    private final StrategyChart chart;
    private final List<SplitPane> splits = new ArrayList<>();
    StrategyView(StrategyViewModel model) {
        this.model = model;
        setId("strategyView");
        getStyleClass().add("strategy-view");
        getStylesheets().add(STYLESHEET);
        factorPanel = new FactorPanel(model, this::focusGrid);
        grid = new RatingsGrid(model, factorPanel::editCellNote);
        chart = new StrategyChart(model);

        setTop(toolbar());
        setCenter(new StackPane(content(), emptyState()));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.focusedOfferIdProperty().get() != StrategyViewModel.NO_FOCUS) {
                model.clearFocus();
                e.consume();
            }
        });
    }

    /**
     * Adds the tab beside the others and returns its view model. The view model follows the canvas only while the
     * tab shows: opening a canvas on the Canvas tab then builds the board alone, and the strategy view catches up
     * when chosen. The view itself is made when the tab is first chosen and handed to {@code whenBuilt} before it
     * is drawn.
     */
    public static StrategyViewModel install(MainView main, WorkbenchViewModel workbench,
                                            Consumer<StrategyView> whenBuilt) {
        StrategyViewModel model = new StrategyViewModel(workbench);
        Tab tab = tab(model);
        FirstShown.buildOnFirstSelection(tab, () -> new StrategyView(model), whenBuilt);
        main.tabs().getTabs().add(tab);
        return model;
    }

    /** The splits the user may move, for the window to remember. */
    public List<SplitPane> splits() {
        return splits;
    }

    private static Tab tab(StrategyViewModel model) {
        Tab tab = new Tab("Strategy");
        tab.setId("strategyTab");
        tab.setClosable(false);
        tab.setTooltip(new Tooltip("The offering against its competitors and substitutes: ratings, value curves,"
                + " four actions and what sets it apart"));
        model.activeProperty().bind(tab.selectedProperty());
        return tab;
    }

    public StrategyViewModel model() {
        return model;
    }

    private Node toolbar() {
        TextField add = new TextField();
        add.setId("addFactor");
        add.setPromptText("Add factor: type a name, press Enter");
        add.setPrefColumnCount(22);
        add.setOnAction(e -> {
            String name = add.getText();
            if (name != null && !name.isBlank()) {
                model.addFactor(name);
                add.clear();
            }
        });
        add.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !model.rows().isEmpty()) {
                focusGrid();
                e.consume();
            }
        });
        add.disableProperty().bind(model.stateProperty().isEqualTo(StrategyViewModel.State.NO_CANVAS));

        MenuButton fromCanvas = new MenuButton("Add from canvas", Icons.small(Feather.PLUS_SQUARE));
        fromCanvas.setId("addFromCanvas");
        fromCanvas.setTooltip(new Tooltip("Turn a promise or a customer item into a factor: one click"));
        Runnable fill = () -> {
            fromCanvas.getItems().clear();
            for (Item item : model.candidates()) {
                MenuItem menuItem = new MenuItem((item.promise() ? "Promise: " : item.section().title() + ": ")
                        + GapLabels.shortText(item.text(), 60));
                menuItem.setId("candidate-" + item.id());
                menuItem.setOnAction(e -> model.addFactorFrom(item.id()));
                fromCanvas.getItems().add(menuItem);
            }
        };
        model.candidates().addListener((ListChangeListener<Item>) c -> fill.run());
        fill.run();
        fromCanvas.disableProperty().bind(Bindings.isEmpty(model.candidates()));

        CheckBox delivered = new CheckBox("Show delivered");
        delivered.setId("showDelivered");
        delivered.selectedProperty().bindBidirectional(model.showDeliveredProperty());
        delivered.disableProperty().bind(model.hasDeliveredProperty().not());
        delivered.setTooltip(new Tooltip("Add our delivered curve (dashed), from customers' feedback on the promises the"
                + " factors come from, so a promise we do not keep shows against the competition"));

        Label keys = new Label("1–5 rate · 0/Del blank · Enter note · F2 rename · Alt+↑/↓ move · Ctrl+Z undo");
        keys.getStyleClass().add("hint");
        keys.setId("strategyKeys");

        FlowPane bar = new FlowPane(10, 6, add, fromCanvas, delivered, keys);
        bar.setId("strategyToolbar");
        bar.getStyleClass().add("strategy-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node content() {
        factorPanel.setMinWidth(220);
        factorPanel.setPrefWidth(260);
        SplitPane top = new SplitPane(grid, factorPanel);
        top.setId("strategyTop");
        SplitPane.setResizableWithParent(factorPanel, false);
        top.setDividerPositions(0.76);

        TabPane analysis = new TabPane();
        analysis.setId("strategyAnalysis");
        analysis.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Scrolls rather than squeezes when the window is short: squeezed, the boxes covered the undecided strip.
        ScrollPane actionsView = new ScrollPane(new FourActionsGrid(model));
        actionsView.setFitToWidth(true);
        actionsView.setFitToHeight(true);
        Tab actions = new Tab("Four actions", actionsView);
        actions.setId("fourActionsTab");
        Tab differentiation = new Tab("Differentiation", new DifferentiationPanel(model));
        differentiation.setId("differentiationTab");
        analysis.getTabs().setAll(actions, differentiation);
        // The legend below the chart, wrapping whole entries: inside the chart JavaFX cut it or dropped it when short.
        FlowPane legend = chart.legend();
        legend.setMinHeight(Region.USE_PREF_SIZE);
        VBox chartAndLegend = new VBox(chart, legend);
        chartAndLegend.setId("strategyChartAndLegend");
        chartAndLegend.setMinSize(0, 0);
        legend.prefWrapLengthProperty().bind(chartAndLegend.widthProperty().subtract(16));
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane bottom = new SplitPane(chartAndLegend, analysis);
        bottom.setId("strategyBottom");
        bottom.setDividerPositions(0.5);

        SplitPane content = new SplitPane(top, bottom);
        content.setId("strategyContent");
        content.setOrientation(Orientation.VERTICAL);
        // At 1280x720 the grid shows five factors above the chart; the user may move the split.
        content.setDividerPositions(0.5);
        content.visibleProperty().bind(model.stateProperty().isEqualTo(StrategyViewModel.State.READY));
        splits.addAll(List.of(content, top, bottom));
        return content;
    }

    private Node emptyState() {
        Label title = new Label();
        title.setId("strategyEmptyTitle");
        title.getStyleClass().add("placeholder-title");
        Label text = new Label();
        text.setId("strategyEmptyText");
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(600);
        VBox box = new VBox(12, Icons.of(Feather.TRENDING_UP), title, text);
        box.setId("strategyEmptyState");
        box.setAlignment(Pos.CENTER);
        var state = model.stateProperty();
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "No canvas";
            case NO_FACTORS -> "No competing factors yet";
            case READY -> "";
        }, state));
        text.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "Create a canvas first: the strategy canvas compares its offering with the alternatives.";
            case NO_FACTORS -> "Add the factors customers compare offers on (price, stock, opening hours…): type a name"
                    + " in “Add factor” above and press Enter, or turn a promise or customer item into one with"
                    + " “Add from canvas”. Then rate our offering and every competitor and substitute 1–5."
                    + (model.offers().size() <= 1 ? "\nThis canvas has no competitors or substitutes yet: add them on"
                    + " the Canvas tab to compare against them." : "");
            case READY -> "";
        }, state, model.offers()));
        box.visibleProperty().bind(state.isNotEqualTo(StrategyViewModel.State.READY));
        box.setMouseTransparent(false);
        box.setPickOnBounds(false);
        return box;
    }

    private void focusGrid() {
        grid.requestFocus();
    }

    RatingsGrid grid() {
        return grid;
    }

    StrategyChart chart() {
        return chart;
    }
}
