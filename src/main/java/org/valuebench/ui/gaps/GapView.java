package org.valuebench.ui.gaps;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuebench.ui.feedback.FeedbackImportViewModel;

/**
 * The "Gaps" tab: the filter bar ({@link GapFilterBar}), the promises ranked by value deficit beside the NPS and
 * the customer items no promise covers ({@link GapSummary}), the charts ({@link GapChartTabs}) and the records
 * behind the selected promise; in place of them, while there are no figures, what to do ({@link GapEmptyState}).
 * Binds to {@link GapViewModel} and {@link FeedbackImportViewModel}; holds no state of its own.
 */
public final class GapView extends BorderPane {
    static final String STYLESHEET = GapView.class.getResource("gapview.css").toExternalForm();
    private final GapViewModel model;
    private final GapRankingTable ranking;
    private final FeedbackDrillDown drillDown;
    private final GapSummary summary;
    private final GapChartTabs charts;
    private SplitPane content;
    private SplitPane bottom;

    GapView(GapViewModel model, FeedbackImportViewModel importer) {
        this.model = model;
        setId("gapView");
        getStyleClass().add("gap-view");
        getStylesheets().add(STYLESHEET);
        ranking = new GapRankingTable(model);
        drillDown = new FeedbackDrillDown(model);

        setTop(new VBox(GapFilterBar.of(model, importer), importBar(importer)));
        summary = new GapSummary(model::nps);
        charts = new GapChartTabs(model, () -> model.reportProperty().get());
        setCenter(new StackPane(figures(), GapEmptyState.of(model, importer)));
        model.reportProperty().addListener((obs, old, now) -> show());
        show();
    }

    /**
     * The tab beside "Canvas". The view model's queries run only while it is shown (but for a newly opened
     * canvas's first report and records, see {@link GapViewModel#refresh}).
     */
    Tab tab() {
        Tab tab = tab(model);
        tab.setContent(this);
        return tab;
    }

    /** The tab alone, following {@code model} as {@link #tab()} says; the window puts the view in when first chosen. */
    static Tab tab(GapViewModel model) {
        Tab tab = new Tab("Gaps");
        tab.setId("gapsTab");
        tab.setClosable(false);
        tab.setTooltip(new Tooltip("Promise versus delivery: where the canvas runs a value deficit"));
        tab.selectedProperty().addListener((obs, was, now) -> model.activeProperty().set(now));
        model.activeProperty().set(tab.isSelected());
        return tab;
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

    /** The ranking above, the charts and the records below. */
    private Node figures() {
        VBox.setVgrow(ranking, Priority.ALWAYS);
        VBox top = new VBox(notice(), summary.node(), ranking);
        bottom = new SplitPane(charts.node(), drillDown);
        bottom.setId("gapBottom");
        bottom.setDividerPositions(0.56);
        // The records shrink with the window rather than widening the view past its pane.
        drillDown.setMinWidth(260);

        content = new SplitPane(top, bottom);
        content.setId("gapContent");
        content.setOrientation(Orientation.VERTICAL);
        // At 1280x720 the ranking shows five promises above the charts; the user may move the split.
        content.setDividerPositions(0.58);
        // While the first report is read the figures' frame shows already, so its arrival only fills it in.
        content.visibleProperty().bind(model.stateProperty().isEqualTo(GapViewModel.State.READY)
                .or(model.stateProperty().isEqualTo(GapViewModel.State.LOADING)));
        return content;
    }

    /** A remark on the figures above the ranking; it takes no room while there is none. */
    private Node notice() {
        Label notice = new Label();
        notice.setId("gapNotice");
        notice.getStyleClass().add("gap-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    /** Brings the summary and the chart on screen to the latest report. */
    private void show() {
        summary.show(model.reportProperty().get(), model.nps(), model.npsEvidence());
        charts.show();
    }

    /** The splits the user may move, for the window to remember: ranking above charts, charts beside records. */
    public List<SplitPane> splits() {
        return List.of(content, bottom);
    }

    GapRankingTable ranking() {
        return ranking;
    }

    FeedbackDrillDown drillDown() {
        return drillDown;
    }
}
