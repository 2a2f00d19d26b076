package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.Section;

/**
 * The projector's screen: the step's position, title and timer above, its prompt large, then the step's sections
 * with their cards (or the vote's ranked result), and at the foot how many ideas wait hidden and the dots left.
 * No menus, no editor chrome. Card text is 28, 25 or 22 px: the largest at which the step's cards fit the screen
 * (tried for up to 24 cards), else the floor of 22 px, readable from the back of a room; past what fits at the
 * floor the cards stay whole and the body scrolls (the facilitator scrolls it), so a card's text is never cut.
 * Follows the main window's light or dark theme. Laid out for 1280×720 and scaled up evenly on a larger screen, so
 * the type takes the same share of the screen at 1920×1080 as at 720p.
 */
public final class PresentationView extends Region {
    static final String STYLESHEET = PresentationView.class.getResource("presentation.css").toExternalForm();
    private static final double GAP = CardGrid.GAP;
    /** Up to this many cards, the type may be larger than its floor when the cards fit the screen with it. */
    private static final int MAY_GROW = 24;
    /** The card type sizes, largest first: 28, 25 and 22 px (the floor) in presentation.css. */
    private static final List<String> TYPE_SIZES = List.of("roomy", "dense", "densest");
    /** Room kept for a vertical scroll bar when trying type sizes, so its coming and going cannot change them. */
    private static final double SCROLL_BAR_ROOM = 16;
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
    private int cardCount;
    /** The size the screen is laid out for; a larger window scales it up. */
    private static final double BASE_WIDTH = 1280;
    private static final double BASE_HEIGHT = 720;
    private final BorderPane content = new BorderPane();
    private final Scale scale = new Scale(1, 1, 0, 0);

    public PresentationView(PresentationViewModel model, ObservableBooleanValue dark) {
        this(model, dark, new javafx.beans.property.SimpleObjectProperty<>(RoomStatus.closed()));
    }

    /** @param joining the room's status: while joining is open a column beside the cards shows how to join */
    public PresentationView(PresentationViewModel model, ObservableBooleanValue dark,
                            ObservableValue<RoomStatus> joining) {
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
        scroller.widthProperty().addListener((obs, was, now) -> fitType());
        scroller.heightProperty().addListener((obs, was, now) -> fitType());
        stepPane.setTop(top);
        stepPane.setCenter(scroller);
        stepPane.setBottom(footer);
        titlePane.getStyleClass().add("presentation-title-screen");
        content.setCenter(new StackPane(titlePane, stepPane));
        content.setRight(new JoinPanel(joining));
        content.getTransforms().add(scale);
        getChildren().add(content);
        timer.textProperty().bind(model.timerTextProperty());
        model.overtimeProperty().addListener((obs, was, now) -> markOvertime(now));
        markOvertime(model.overtimeProperty().get());
        model.slideProperty().addListener((obs, was, now) -> show(now));
        show(model.slideProperty().get());
        dark.addListener((obs, was, now) -> markDark(now));
        markDark(dark.get());
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.max(1, Math.min(getWidth() / BASE_WIDTH, getHeight() / BASE_HEIGHT));
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(0, 0, getWidth() / factor, getHeight() / factor);
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
        cardCount = slide.cardCount();
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
        fitType();
    }

    /**
     * The largest card type at which the cards fit the body without scrolling; the floor when none does (then the
     * body scrolls) or when there are too many cards to be worth trying.
     */
    private void fitType() {
        double width = scroller.getWidth() - SCROLL_BAR_ROOM;
        double height = scroller.getHeight();
        List<String> sizes = cardCount > MAY_GROW || width <= 0 ? TYPE_SIZES.subList(TYPE_SIZES.size() - 1,
                TYPE_SIZES.size()) : TYPE_SIZES;
        for (String size : sizes) {
            body.getStyleClass().removeAll(TYPE_SIZES);
            body.getStyleClass().add(size);
            if (sizes.size() == 1) {
                return;
            }
            body.applyCss();
            if (body.prefHeight(width) <= height) {
                return;
            }
        }
    }

    private static Label sectionHeader(Section section) {
        Label header = label("presentation-section", true);
        header.setText(section.title());
        return header;
    }

    private static CardGrid cardsOf(Slide.SectionCards section, boolean voting) {
        CardGrid flow = new CardGrid();
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
            flow.getChildren().add(box);
        }
        return flow;
    }

    private static VBox resultOf(List<Slide.ResultRow> rows) {
        VBox list = new VBox(10);
        int mostDots = rows.stream().mapToInt(Slide.ResultRow::dots).max().orElse(0);
        // One width for every row's dots, so the cards' texts line up: a style class (cheap), not an inline style
        // (parsed once per label, a good part of the frame with 200 rows).
        String dotsWidth = "dots-width-" + Math.max(1, Math.min(PresentationViewModel.dots(mostDots).length(), 10));
        for (Slide.ResultRow row : rows) {
            Label rank = label("presentation-rank", false);
            rank.setText(row.rank());
            Label dots = label("presentation-dots", false);
            dots.setText(PresentationViewModel.dots(row.dots()));
            dots.getStyleClass().add(dotsWidth);
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
}
