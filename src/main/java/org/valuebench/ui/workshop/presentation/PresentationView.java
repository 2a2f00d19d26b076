package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.valuebench.domain.Section;

/**
 * The projector's screen: the step's position, title and timer above, its prompt large, then the step's sections
 * with their cards (or the vote's ranked result), and at the foot how many ideas wait hidden and the dots left.
 * No menus, no editor chrome. Card text starts at 28 px and shrinks with the number of cards to a floor of 22 px
 * (readable from the back of a room); past what fits, the cards wrap whole and the body scrolls, so a card's text
 * is never cut. Follows the main window's light or dark theme.
 */
public final class PresentationView extends StackPane {
    static final String STYLESHEET = PresentationView.class.getResource("presentation.css").toExternalForm();
    /** The narrowest a card gets before the grid takes a column fewer. */
    private static final double CARD_WIDTH = 280;
    private static final double GAP = 16;
    private static final int ROOMY = 12;
    private static final int DENSE = 24;
    private final Label position = label("presentation-position", false);
    private final Label title = label("presentation-step-title", true);
    private final Label timer = label("presentation-timer", false);
    private final Label prompt = label("presentation-prompt", true);
    private final Label hidden = label("presentation-hidden", true);
    private final Label dotsLeft = label("presentation-dots-left", true);
    private final VBox body = new VBox(GAP);
    private final ScrollPane scroller = new ScrollPane(body);
    private final BorderPane stepPane = new BorderPane();
    private final Label screenTitle = label("presentation-screen-title", true);
    private final Label screenSubtitle = label("presentation-screen-subtitle", true);
    private final VBox titlePane = new VBox(24, screenTitle, screenSubtitle);
    private final List<Region> cards = new ArrayList<>();

    public PresentationView(PresentationViewModel model, ObservableBooleanValue dark) {
        getStylesheets().add(STYLESHEET);
        getStyleClass().addAll("valuebench", "presentation");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(24, position, title, spacer, timer);
        header.getStyleClass().add("presentation-header");
        VBox top = new VBox(8, header, prompt);
        top.getStyleClass().add("presentation-top");
        HBox footer = new HBox(32, hidden, dotsLeft);
        footer.getStyleClass().add("presentation-footer");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("presentation-scroller");
        body.getStyleClass().add("presentation-body");
        scroller.viewportBoundsProperty().addListener((obs, was, now) -> sizeCards(now));
        stepPane.setTop(top);
        stepPane.setCenter(scroller);
        stepPane.setBottom(footer);
        titlePane.getStyleClass().add("presentation-title-screen");
        getChildren().addAll(titlePane, stepPane);
        timer.textProperty().bind(model.timerTextProperty());
        model.overtimeProperty().addListener((obs, was, now) -> markOvertime(now));
        markOvertime(model.overtimeProperty().get());
        model.slideProperty().addListener((obs, was, now) -> show(now));
        show(model.slideProperty().get());
        dark.addListener((obs, was, now) -> markDark(now));
        markDark(dark.get());
    }

    private static Label label(String styleClass, boolean wraps) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(wraps);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (!wraps) {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        return label;
    }

    private void markOvertime(boolean overtime) {
        timer.getStyleClass().remove("overtime");
        if (overtime) {
            timer.getStyleClass().add("overtime");
        }
    }

    private void markDark(boolean dark) {
        getStyleClass().remove("theme-dark");
        if (dark) {
            getStyleClass().add("theme-dark");
        }
    }

    /** Lays the slide out afresh: one pass over its cards, no work left for later frames. */
    private void show(Slide slide) {
        boolean titleScreen = slide.kind() == Slide.Kind.TITLE;
        titlePane.setVisible(titleScreen);
        stepPane.setVisible(!titleScreen);
        cards.clear();
        if (titleScreen) {
            screenTitle.setText(slide.title());
            screenSubtitle.setText(slide.subtitle());
            body.getChildren().clear();
            return;
        }
        position.setText(slide.position());
        title.setText(slide.title());
        prompt.setText(slide.prompt());
        hidden.setText(slide.hidden());
        hidden.setVisible(!slide.hidden().isEmpty());
        hidden.setManaged(hidden.isVisible());
        dotsLeft.setText(String.join("   ", slide.dotsLeft()));
        body.getStyleClass().removeAll("roomy", "dense", "densest");
        int count = slide.cardCount();
        body.getStyleClass().add(count <= ROOMY ? "roomy" : count <= DENSE ? "dense" : "densest");
        List<Node> blocks = new ArrayList<>();
        if (slide.kind() == Slide.Kind.RESULT) {
            blocks.add(resultOf(slide.result()));
        } else {
            for (Slide.SectionCards section : slide.sections()) {
                blocks.add(sectionHeader(section.section()));
                blocks.add(cardsOf(section, slide.kind() == Slide.Kind.VOTING));
            }
        }
        body.getChildren().setAll(blocks);
        sizeCards(scroller.getViewportBounds());
    }

    private static Label sectionHeader(Section section) {
        Label header = label("presentation-section", true);
        header.setText(section.title());
        return header;
    }

    private FlowPane cardsOf(Slide.SectionCards section, boolean voting) {
        FlowPane flow = new FlowPane(GAP, GAP);
        String group = "group-" + section.section().group().name().toLowerCase(Locale.ROOT);
        for (Slide.Card card : section.cards()) {
            Label text = label("presentation-card-text", true);
            text.setText(card.text());
            VBox box = new VBox(8, text);
            box.getStyleClass().addAll("presentation-card", group);
            if (voting && card.dots() > 0) {
                Label dots = label("presentation-dots", false);
                dots.setText(PresentationViewModel.dots(card.dots()));
                box.getChildren().add(dots);
            }
            cards.add(box);
            flow.getChildren().add(box);
        }
        return flow;
    }

    private static VBox resultOf(List<Slide.ResultRow> rows) {
        VBox list = new VBox(10);
        for (Slide.ResultRow row : rows) {
            Label rank = label("presentation-rank", false);
            rank.setText(row.rank());
            Label dots = label("presentation-dots", false);
            dots.setText(PresentationViewModel.dots(row.dots()));
            dots.setPrefWidth(Region.USE_COMPUTED_SIZE);
            Label text = label("presentation-card-text", true);
            text.setText(row.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(20, rank, dots, text);
            line.getStyleClass().addAll("presentation-result-row",
                    "group-" + row.section().group().name().toLowerCase(Locale.ROOT));
            list.getChildren().add(line);
        }
        return list;
    }

    /** Shares the body's width evenly among as many columns of at least {@link #CARD_WIDTH} as fit. */
    private void sizeCards(Bounds viewport) {
        double width = viewport.getWidth() - body.getPadding().getLeft() - body.getPadding().getRight();
        if (width <= 0) {
            return;
        }
        int columns = Math.max(1, (int) ((width + GAP) / (CARD_WIDTH + GAP)));
        double cardWidth = Math.floor((width + GAP) / columns - GAP) - 1;
        for (Region card : cards) {
            card.setMinWidth(cardWidth);
            card.setPrefWidth(cardWidth);
            card.setMaxWidth(cardWidth);
        }
    }
}
