package org.valuebench.ui.gaps;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.fx.DateFields;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;
import org.valuebench.ui.fx.Icons;

/**
 * The "Gaps" tab: the filter bar, the promises ranked by value deficit beside the NPS and the customer items no
 * promise covers, the charts (gaps with confidence whiskers, importance-performance grid, monthly trend, voice
 * comparison) and the records behind the selected promise. Binds to {@link GapViewModel} and
 * {@link FeedbackImportViewModel}; holds no state of its own.
 */
public final class GapView extends BorderPane {
    static final String STYLESHEET = GapView.class.getResource("gapview.css").toExternalForm();
    private final GapViewModel model;
    private final GapBarChart bars;
    private final ImportancePerformanceChart grid;
    private final GapTrendChart trend = new GapTrendChart();
    private final VoiceComparisonChart voices;
    private final Label nps = new Label();
    private final FlowPane unanswered = new FlowPane(6, 4);
    private final FlowPane unpromised = new FlowPane(6, 4);
    private final FeedbackDrillDown drillDown;
    private final GapRankingTable ranking;
    private final TabPane charts = new TabPane();
    /** The chart tabs that show the current report. */
    private final java.util.Set<Tab> shownIn = new java.util.HashSet<>();

    GapView(GapViewModel model, FeedbackImportViewModel importer) {
        this.model = model;
        setId("gapView");
        getStyleClass().add("gap-view");
        getStylesheets().add(STYLESHEET);
        bars = new GapBarChart(model::selectPromise);
        grid = new ImportancePerformanceChart(model::selectPromise);
        voices = new VoiceComparisonChart(model::selectPromise);
        ranking = new GapRankingTable(model);
        drillDown = new FeedbackDrillDown(model);

        setTop(new VBox(filterBar(model, importer), importBar(importer)));
        StackPane centre = new StackPane(content(), emptyState(model, importer));
        setCenter(centre);
        model.reportProperty().addListener((obs, old, now) -> show());
        show();
    }

    /**
     * The tab beside "Canvas". The view model's queries run only while it is shown (but for a newly opened
     * canvas's first report, see {@link GapViewModel#refresh}).
     */
    Tab tab() {
        Tab tab = new Tab("Gaps", this);
        tab.setId("gapsTab");
        tab.setClosable(false);
        tab.setTooltip(new Tooltip("Promise versus delivery: where the canvas runs a value deficit"));
        tab.selectedProperty().addListener((obs, was, now) -> model.activeProperty().set(now));
        model.activeProperty().set(tab.isSelected());
        return tab;
    }

    /**
     * One row at the default window size (the gap view is about 700 px wide beside the library and the details
     * at 1280 × 800): compact date pickers and choices, an icon button for import, and last a status slot that
     * takes what is left, so a changing status never moves the rows below. The crosshair choice sits with the
     * importance–performance grid, the notices above the ranking, and adding a record with the records behind
     * the selected promise.
     */
    private static Node filterBar(GapViewModel model, FeedbackImportViewModel importer) {
        DatePicker since = datePicker("gapSince", "from", "Only feedback given on or after this date");
        since.valueProperty().bindBidirectional(model.sinceProperty());
        DatePicker until = datePicker("gapUntil", "to", "Only feedback given on or before this date");
        until.valueProperty().bindBidirectional(model.untilProperty());

        ComboBox<String> segment = choices("gapSegment", model.segments(), "All segments");
        segment.valueProperty().bindBidirectional(model.segmentProperty());
        ComboBox<String> channel = choices("gapChannel", model.channels(), "All channels");
        channel.valueProperty().bindBidirectional(model.channelProperty());

        ComboBox<Voice> voice = new ComboBox<>();
        voice.setId("gapVoice");
        voice.setPrefWidth(120);
        voice.setMinWidth(100);
        voice.getItems().setAll(Arrays.asList(Voice.values()));
        voice.setConverter(converter(v -> v == null ? "" : GapFigures.plural(v)));
        voice.valueProperty().bindBidirectional(model.voiceProperty());
        voice.setTooltip(new Tooltip("The voice the ranking, quadrants and trend come from"));

        Button clear = new Button(null, Icons.small(Feather.X_CIRCLE));
        clear.setId("gapClearFilter");
        clear.setTooltip(new Tooltip("Clear the filter"));
        clear.setOnAction(e -> model.clearFilter());
        clear.setMinWidth(Region.USE_PREF_SIZE);

        // A still label, not a spinner: a spinning indicator would repaint every frame while each query runs.
        Label busy = new Label("updating…");
        busy.setId("gapBusy");
        busy.getStyleClass().add("hint");
        busy.setMinWidth(0);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox status = new HBox(busy);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);

        Button importButton = new Button(null, Icons.small(Feather.UPLOAD));
        importButton.setId("gapImport");
        importButton.setTooltip(new Tooltip("Import feedback from a CSV file (Ctrl+Shift+I): ValueBench's long"
                + " format or a survey export (Google Forms, SurveyMonkey, Qualtrics)"));
        importButton.setOnAction(e -> importer.chooseAndImport());
        importButton.disableProperty().bind(importer.importingProperty());
        importButton.setMinWidth(Region.USE_PREF_SIZE);

        // The pickers and choices take their full width when the window has room and give it up first.
        for (Region grows : List.of(since, until, segment, channel, voice)) {
            grows.setMaxWidth(156);
            HBox.setHgrow(grows, Priority.ALWAYS);
        }
        HBox bar = new HBox(6, since, until, segment, channel, voice, clear, importButton, status);
        bar.setId("gapFilterBar");
        bar.getStyleClass().add("gap-filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static DatePicker datePicker(String id, String prompt, String tip) {
        DatePicker picker = DateFields.picker(tip);
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(120);
        picker.setMinWidth(104);
        return picker;
    }

    /** Where the importance–performance grid is split; it also decides the ranking's quadrant column. */
    private static Node crosshairChoice(GapViewModel model) {
        ComboBox<CrosshairMode> crosshairs = new ComboBox<>();
        crosshairs.setId("gapCrosshairs");
        crosshairs.getItems().setAll(CrosshairMode.values());
        crosshairs.setConverter(converter(m -> m == CrosshairMode.DATA_MEANS ? "Crosshairs at data means"
                : "Crosshairs at midpoints"));
        crosshairs.valueProperty().bindBidirectional(model.crosshairsProperty());
        crosshairs.setTooltip(new Tooltip("Where the importance–performance grid is split, here and in the"
                + " ranking's quadrant column: the scale midpoints (3, 3) or the means of the promises with feedback"));
        HBox box = new HBox(crosshairs);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("gap-chart-options");
        return box;
    }

    /** A remark on the figures above the ranking; it takes no room while there is none. */
    private static Node notice(GapViewModel model) {
        Label notice = new Label();
        notice.setId("gapNotice");
        notice.getStyleClass().add("gap-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private static ComboBox<String> choices(String id, javafx.collections.ObservableList<String> items, String all) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(124);
        box.setMinWidth(100);
        box.setConverter(converter(s -> s == null || s.isEmpty() ? all : s));
        box.setButtonCell(new javafx.scene.control.cell.ComboBoxListCell<>(box.getConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(box.getConverter().toString(item));
            }
        });
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static Node importBar(FeedbackImportViewModel importer) {
        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(importer.progressProperty());
        Label text = new Label();
        text.setId("importProgressText");
        text.textProperty().bind(importer.progressTextProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        cancel.setOnAction(e -> importer.cancel());
        HBox bar = new HBox(10, new Label("Importing"), progress, text, cancel);
        bar.setId("importBar");
        bar.getStyleClass().add("gap-import-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(importer.importingProperty());
        bar.managedProperty().bind(importer.importingProperty());
        return bar;
    }

    @SuppressWarnings("unchecked")
    private Node content() {
        nps.setId("gapNps");
        nps.getStyleClass().add("gap-nps");
        HoverTooltips.onHover(nps, () -> model.nps().explanation());
        VBox npsBox = new VBox(2, caption("Net Promoter Score"), nps);
        npsBox.setMinWidth(150);
        unanswered.setId("gapUnanswered");
        unpromised.setId("gapUnpromised");
        VBox needsBox = new VBox(4, captionWithTip("Needs nobody answers",
                "A need nobody promises to meet is a deficit too: customer items no offering item answers"), unanswered);
        VBox unpromisedBox = new VBox(4, captionWithTip("Answered, but not promised",
                "Customer items answered only by offering items that are not promises"), unpromised);
        HBox.setHgrow(needsBox, Priority.ALWAYS);
        HBox.setHgrow(unpromisedBox, Priority.ALWAYS);
        HBox summary = new HBox(18, npsBox, needsBox, unpromisedBox);
        summary.setId("gapSummary");
        summary.getStyleClass().add("gap-summary");
        VBox.setVgrow(ranking, Priority.ALWAYS);
        VBox top = new VBox(notice(model), summary, ranking);

        charts.getTabs().setAll(chartTab("Gaps", "chartGaps", bars, bars::show),
                chartTab("Importance–performance", "chartGrid", gridWithOptions(), grid::show),
                chartTab("Trend", "chartTrend", trend, trend::show),
                chartTab("Voices", "chartVoices", voices, voices::show));
        // Only the chart on screen follows each report; one on another tab catches up when its tab is chosen.
        charts.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showChart(now));
        charts.setId("gapCharts");
        charts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The charts and the records shrink with the window rather than widening the view past its pane.
        charts.setMinWidth(240);
        SplitPane bottom = new SplitPane(charts, drillDown);
        bottom.setDividerPositions(0.56);
        drillDown.setMinWidth(260);

        SplitPane content = new SplitPane(top, bottom);
        content.setId("gapContent");
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.40);
        // While the first report is read the figures' frame shows already, so its arrival only fills it in.
        content.visibleProperty().bind(model.stateProperty().isEqualTo(GapViewModel.State.READY)
                .or(model.stateProperty().isEqualTo(GapViewModel.State.LOADING)));
        return content;
    }

    private Node gridWithOptions() {
        VBox box = new VBox(crosshairChoice(model), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return box;
    }

    private static Label captionWithTip(String text, String tip) {
        Label label = caption(text);
        label.setTooltip(tip(tip));
        return label;
    }

    private static Tab chartTab(String title, String id, Node content, Consumer<GapReport> show) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setUserData(show);
        return tab;
    }

    private static Node emptyState(GapViewModel model, FeedbackImportViewModel importer) {
        Label title = new Label();
        title.setId("gapEmptyTitle");
        title.getStyleClass().add("placeholder-title");
        Label text = new Label();
        text.setId("gapEmptyText");
        text.getStyleClass().add("placeholder-text");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button importButton = new Button("Import feedback CSV…", Icons.of(Feather.UPLOAD));
        importButton.setId("gapEmptyImport");
        importButton.getStyleClass().add("accent");
        importButton.setOnAction(e -> importer.chooseAndImport());
        Button add = new Button("Add a record", Icons.of(Feather.PLUS));
        add.setId("gapEmptyAdd");
        add.setOnAction(e -> model.addRecord());
        HBox buttons = new HBox(8, importButton, add);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, title, text, buttons);
        box.setId("gapEmptyState");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(Double.MAX_VALUE);
        var state = model.stateProperty();
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "No canvas";
            case NO_PROMISES -> "This canvas promises nothing yet";
            case NO_FEEDBACK -> "No feedback on this canvas yet";
            case READY, LOADING -> "";
        }, state));
        text.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NO_CANVAS -> "Create a canvas first: the gap view compares what it promises with how it delivered.";
            case NO_PROMISES -> "Select an offering item on the Canvas tab and tick \"This is a promise\" in the"
                    + " Details pane, with the level it promises. Then feedback on it shows where you keep your word.";
            case NO_FEEDBACK -> "Import a CSV of feedback on the promises (ValueBench's long format, or a Google Forms,"
                    + " SurveyMonkey or Qualtrics export), or add a record by hand.";
            case READY, LOADING -> "";
        }, state));
        buttons.visibleProperty().bind(state.isEqualTo(GapViewModel.State.NO_FEEDBACK));
        box.visibleProperty().bind(state.isNotEqualTo(GapViewModel.State.READY)
                .and(state.isNotEqualTo(GapViewModel.State.LOADING)));
        return box;
    }

    /** Brings the summary and the chart on screen to the latest report. */
    private void show() {
        shownIn.clear();
        showSummary();
        showChart(charts.getSelectionModel().getSelectedItem());
    }

    private void showSummary() {
        GapReport report = model.reportProperty().get();
        nps.setText(model.nps().text());
        items(unanswered, report == null ? List.of() : report.unanswered(), "Every customer item is answered");
        items(unpromised, report == null ? List.of() : report.unpromised(), "None");
    }

    /** Brings the chart on {@code tab} to the latest report, unless it shows it already. */
    @SuppressWarnings("unchecked")
    private void showChart(Tab tab) {
        if (tab != null && shownIn.add(tab)) {
            ((Consumer<GapReport>) tab.getUserData()).accept(model.reportProperty().get());
        }
    }

    private static void items(FlowPane box, List<Item> items, String none) {
        if (items.equals(box.getUserData()) && !box.getChildren().isEmpty()) {
            return; // unchanged by the filter: keep the nodes, so the screen need not lay them out again
        }
        box.setUserData(items);
        box.getChildren().clear();
        if (items.isEmpty()) {
            box.getChildren().add(hint(none));
            return;
        }
        for (Item item : items) {
            Label label = new Label(GapLabels.shortText(item.text(), 40) + "  " + item.importance());
            label.getStyleClass().add("gap-need");
            label.setMaxWidth(220); // a long item ends in an ellipsis rather than widening the whole view
            String tip = item.section().title() + ": " + item.text() + " (importance " + item.importance() + ")";
            HoverTooltips.onHover(label, () -> tip);
            box.getChildren().add(label);
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static Tooltip tip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(250));
        return tip;
    }

    GapRankingTable ranking() {
        return ranking;
    }

    FeedbackDrillDown drillDown() {
        return drillDown;
    }
}
