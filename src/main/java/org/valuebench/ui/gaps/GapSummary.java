package org.valuebench.ui.gaps;

import org.valuebench.ui.gaps.figures.GapFigure;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.valuebench.analysis.GapReport;
import org.valuebench.domain.Item;
import org.valuebench.report.GapFigures;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.fx.HoverTooltips;

/**
 * The row above the ranking: the canvas's NPS, the customer items no offering item answers, and those answered
 * only by items that are not promises.
 */
final class GapSummary {
    private static final PseudoClass THIN = PseudoClass.getPseudoClass("thin");
    private final Label nps = new Label();
    private final Label npsEvidence = new Label();
    private final FlowPane unanswered = new FlowPane(6, 4);
    private final FlowPane unpromised = new FlowPane(6, 4);
    private final HBox node;

    /** @param npsFigure the NPS of the latest report, read when its tooltip shows */
    GapSummary(Supplier<GapFigure> npsFigure) {
        nps.setId("gapNps");
        nps.getStyleClass().add("gap-nps");
        HoverTooltips.onHover(nps, () -> npsFigure.get().explanation());
        npsEvidence.setId("gapNpsEvidence");
        npsEvidence.getStyleClass().add("gap-nps-evidence");
        VBox npsBox = new VBox(2, caption("Net Promoter Score"), nps, npsEvidence);
        npsBox.setMinWidth(150);
        unanswered.setId("gapUnanswered");
        unpromised.setId("gapUnpromised");
        VBox needsBox = new VBox(4, captionWithTip(GapFigures.UNANSWERED,
                "A need nobody promises to meet is a deficit too: customer items no offering item answers"), unanswered);
        VBox unpromisedBox = new VBox(4, captionWithTip("Answered, but not promised",
                "Customer items answered only by offering items that are not promises"), unpromised);
        HBox.setHgrow(needsBox, Priority.ALWAYS);
        HBox.setHgrow(unpromisedBox, Priority.ALWAYS);
        node = new HBox(18, npsBox, needsBox, unpromisedBox);
        node.setId("gapSummary");
        node.getStyleClass().add("gap-summary");
    }

    Node node() {
        return node;
    }

    /**
     * Shows {@code report} (null before the first) with its NPS and, below the number, how many answers it rests
     * on ({@code evidence}, "n = 4 thin"), so a score from a handful of answers says so where it is read.
     */
    void show(GapReport report, GapFigure npsFigure, String evidence) {
        nps.setText(npsFigure.text());
        npsEvidence.setText(evidence);
        npsEvidence.pseudoClassStateChanged(THIN, evidence.endsWith(" thin"));
        items(unanswered, report == null ? List.of() : report.unanswered(), "Every customer item is answered");
        items(unpromised, report == null ? List.of() : report.unpromised(), "None");
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

    private static Label captionWithTip(String text, String tip) {
        Label label = caption(text);
        label.setTooltip(tip(tip));
        return label;
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
}
