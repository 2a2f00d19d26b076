package org.valuebench.ui.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.ItemChange;
import org.valuebench.report.CardChangeText;
import org.valuebench.report.Style;

/**
 * The newer side of a comparison drawn as the board draws a canvas (same sections, same card styles), read-only:
 * added cards marked, removed ones in their old section struck through, changed ones marked with what changed on
 * hover. Built anew for each comparison: a comparison is read, not edited, so no card is kept between them.
 */
final class CompareBoard extends ScrollPane {
    static final String ADDED = "compare-added";
    static final String REMOVED = "compare-removed";
    static final String CHANGED = "compare-changed";
    private static final double CARD_WIDTH = 180;
    private static final List<Section> OFFERING = List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE);
    private static final List<Section> CUSTOMER = List.of(Section.WANTS, Section.NEEDS, Section.FEARS);

    CompareBoard() {
        setId("compareBoard");
        getStyleClass().add("board-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    void show(CanvasDiff diff, CanvasContent after) {
        Set<Long> added = new HashSet<>(diff.added().stream().map(Item::id).toList());
        Map<Long, ItemChange> changed = new HashMap<>();
        diff.changed().forEach(c -> changed.put(c.after().id(), c));
        GridPane grid = new GridPane();
        grid.getStyleClass().add("board-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(groupTitle(SectionGroup.OFFERING), 0, 0);
        grid.add(groupTitle(SectionGroup.CUSTOMER), 1, 0);
        for (int row = 0; row < 3; row++) {
            grid.add(section(OFFERING.get(row), diff, after, added, changed), 0, row + 1);
            grid.add(section(CUSTOMER.get(row), diff, after, added, changed), 1, row + 1);
        }
        grid.add(groupTitle(SectionGroup.ALTERNATIVES), 0, 4, 2, 1);
        grid.add(section(Section.COMPETITORS, diff, after, added, changed), 0, 5);
        grid.add(section(Section.SUBSTITUTES, diff, after, added, changed), 1, 5);
        setContent(grid);
    }

    private static Node groupTitle(SectionGroup group) {
        Label label = new Label(group.title().toUpperCase());
        label.getStyleClass().addAll("group-title", "group-title-" + group.name().toLowerCase());
        return label;
    }

    private static Node section(Section section, CanvasDiff diff, CanvasContent after, Set<Long> added,
                                Map<Long, ItemChange> changed) {
        FlowPane cards = new FlowPane();
        cards.getStyleClass().add("card-list");
        cards.setMinWidth(0);
        for (Item item : after.itemsIn(section)) {
            ItemChange change = changed.get(item.id());
            if (added.contains(item.id())) {
                cards.getChildren().add(card(item, ADDED, "Added", null));
            } else if (change != null) {
                cards.getChildren().add(card(item, CHANGED, "Changed",
                        String.join("\n", CardChangeText.of(change, Style.SCREEN))));
            } else {
                cards.getChildren().add(card(item, null, null, null));
            }
        }
        for (Item item : diff.removedFrom(section)) {
            cards.getChildren().add(card(item, REMOVED, "Removed", null));
        }
        Label title = new Label(section.title());
        title.getStyleClass().add("section-title");
        VBox pane = new VBox(title, cards);
        pane.setId("compare-section-" + section.name());
        pane.getStyleClass().addAll("section", "section-" + section.group().name().toLowerCase());
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setMaxHeight(Double.MAX_VALUE);
        pane.setMinWidth(0);
        return pane;
    }

    private static Node card(Item item, String mark, String badge, String hover) {
        Label text = new Label(item.text());
        text.getStyleClass().add("card-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMaxHeight(120);
        VBox card = new VBox(4, text);
        card.getStyleClass().add("card");
        card.pseudoClassStateChanged(PseudoClass.getPseudoClass("group-" + item.section().group().name()
                .toLowerCase()), true);
        card.pseudoClassStateChanged(PseudoClass.getPseudoClass("tag-" + item.colour().name().toLowerCase()), true);
        card.setPrefWidth(CARD_WIDTH);
        card.setMaxWidth(CARD_WIDTH);
        if (mark != null) {
            card.getStyleClass().add(mark);
            Label tag = new Label(badge);
            tag.getStyleClass().addAll("compare-badge", mark);
            card.getChildren().add(tag);
        }
        if (hover != null) {
            Tooltip tip = new Tooltip(hover);
            tip.setShowDelay(Duration.millis(300));
            Tooltip.install(card, tip);
        }
        return card;
    }
}
