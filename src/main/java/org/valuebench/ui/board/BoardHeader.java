package org.valuebench.ui.board;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.report.FitFigures;

/**
 * The head of the board: the canvas's name and who it is for on the left, the fit score and what keeps it down
 * on the right. The score's figure comes from {@link FitFigures}, so the board and the reports round it alike.
 */
final class BoardHeader {
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label fitScore = new Label();
    private final Label fitDetail = new Label();
    private final HBox node;

    BoardHeader() {
        title.setId("canvasTitle");
        title.getStyleClass().add("canvas-title");
        subtitle.setId("canvasSubtitle");
        subtitle.getStyleClass().add("canvas-subtitle");
        fitScore.setId("fitScore");
        fitScore.getStyleClass().add("fit-score");
        fitDetail.setId("fitDetail");
        fitDetail.getStyleClass().add("fit-detail");
        VBox names = new VBox(2, title, subtitle);
        VBox fit = new VBox(2, fitScore, fitDetail);
        fit.getStyleClass().add("fit-box");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        node = new HBox(16, names, spacer, fit);
        fit.setMinWidth(Region.USE_PREF_SIZE);
        names.setMinWidth(0);
        node.getStyleClass().add("board-header");
    }

    Region node() {
        return node;
    }

    /** No canvas open. */
    void clear() {
        title.setText("");
        subtitle.setText("");
        fitScore.setText("");
        fitDetail.setText("");
        fitScore.setTooltip(null);
        fitDetail.setTooltip(null);
    }

    void show(CanvasContent content, FitReport fit) {
        title.setText(content.canvas().name());
        subtitle.setText(subtitle(content));
        fitScore.setText(FitFigures.headline(fit));
        fitDetail.setText(fit.totalWeight() == 0 ? "Add wants, needs and fears to score the fit"
                : fit.unanswered().size() + " unanswered · " + fit.fluff().size() + " fluff");
        // The score and its counts explain themselves, as the gap figures do.
        String explanation = FitFigures.explanation(fit);
        fitScore.setTooltip(tip(explanation));
        fitDetail.setTooltip(tip(explanation));
    }

    private static String subtitle(CanvasContent content) {
        String segment = content.canvas().segment();
        String offering = content.canvas().offering();
        if (segment.isEmpty() && offering.isEmpty()) {
            return "Who is it for, and what is offered? Fill in the canvas details on the right.";
        }
        return (segment.isEmpty() ? "" : "For " + segment) + (segment.isEmpty() || offering.isEmpty() ? "" : "  ·  ")
                + offering;
    }

    private static Tooltip tip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }
}
