package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.Section;
import org.valuebench.ui.workshop.ProjectorPages;

/**
 * The projector's screen: the step's position, title and timer above, its prompt large, then the step's sections
 * with their cards (or the vote's ranked result), and at the foot how many ideas wait hidden and the dots left.
 * No menus, no editor chrome. Card text is 28, 25 or 22 px: the largest at which the step's cards fit the screen
 * (tried for up to 24 cards), else the floor of 22 px, readable from the back of a room. Nobody scrolls a
 * projector: past what fits at the floor the cards show in pages of whole rows ({@link CardPages}), turned from
 * the console or the window's keys, and the footer says "Cards 1–8 of 30 · page 1 of 4"; a card taller than the
 * whole body is clamped to the lines that fit, ending in "…", never sliced by the screen's edge.
 * Follows the main window's light or dark theme. Laid out for 1280×720 and scaled up evenly on a larger screen, so
 * the type takes the same share of the screen at 1920×1080 as at 720p.
 */
public final class PresentationView extends Region {
    static final String STYLESHEET = PresentationView.class.getResource("presentation.css").toExternalForm();
    /** Between rows and between cards. */
    private static final double GAP = 16;
    /** The narrowest a card gets before a row takes a card fewer. */
    private static final double CARD_WIDTH = 280;
    /** Up to this many cards, the type may be larger than its floor when the cards fit the screen with it. */
    private static final int MAY_GROW = 24;
    /** The card type sizes, largest first: 28, 25 and 22 px (the floor) in presentation.css. */
    private static final List<String> TYPE_SIZES = List.of("roomy", "dense", "densest");
    private final Label position = label("presentation-position", false);
    private final Label title = label("presentation-step-title", true);
    private final Label timer = label("presentation-timer", false);
    private final Label prompt = label("presentation-prompt", true);
    private final Label hidden = label("presentation-hidden", true);
    private final Label dotsLeft = label("presentation-dots-left", true);
    private final Label pageLabel = label("presentation-page", false);
    private final VBox top;
    private final HBox footer;
    private final VBox body = new VBox(GAP);
    private final BorderPane stepPane = new BorderPane();
    private final Label screenTitle = label("presentation-screen-title", true);
    private final Label screenSubtitle = label("presentation-screen-subtitle", true);
    private final VBox titlePane = new VBox(24, screenTitle, screenSubtitle);
    private final ProjectorPages pages;
    /** The slide's blocks: per section its header and cards, or the result's lines (sections empty). */
    private final List<Label> headers = new ArrayList<>();
    private final List<List<Region>> sectionCards = new ArrayList<>();
    private final List<Region> resultLines = new ArrayList<>();
    /** The body's rows as last measured, their nodes, and the pages they make. */
    private List<Node> rowNodes = List.of();
    private List<CardPages.Page> pageList = List.of(new CardPages.Page(0, 0, 0));
    private int cardCount;
    private boolean titleScreen = true;
    private double pagedWidth;
    private double pagedHeight;
    /** The size the screen is laid out for; a larger window scales it up. */
    private static final double BASE_WIDTH = 1280;
    private static final double BASE_HEIGHT = 720;
    private final BorderPane content = new BorderPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final JoinPanel joinPanel;

    public PresentationView(PresentationViewModel model, ObservableBooleanValue dark) {
        this(model, dark, new javafx.beans.property.SimpleObjectProperty<>(RoomStatus.closed()));
    }

    /** @param joining the room's status: while joining is open a column beside the cards shows how to join */
    public PresentationView(PresentationViewModel model, ObservableBooleanValue dark,
                            ObservableValue<RoomStatus> joining) {
        this.pages = model.pages();
        this.joinPanel = new JoinPanel(joining);
        getStylesheets().add(STYLESHEET);
        getStyleClass().addAll("valuebench", "presentation");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(24, position, title, spacer, timer);
        header.getStyleClass().add("presentation-header");
        top = new VBox(8, header, prompt);
        top.getStyleClass().add("presentation-top");
        Region footSpacer = new Region();
        HBox.setHgrow(footSpacer, Priority.ALWAYS);
        // The page label stays managed (empty on one page), so the footer and the body keep their heights.
        footer = new HBox(32, hidden, dotsLeft, footSpacer, pageLabel);
        footer.getStyleClass().add("presentation-footer");
        body.getStyleClass().add("presentation-body");
        body.setMinHeight(0);
        stepPane.setTop(top);
        stepPane.setCenter(body);
        stepPane.setBottom(footer);
        titlePane.getStyleClass().add("presentation-title-screen");
        content.setCenter(new StackPane(titlePane, stepPane));
        content.setRight(joinPanel);
        // Joining opened or closed changes the room the cards have: the pages are cut again.
        joinPanel.managedProperty().addListener((obs, was, now) -> {
            pagedWidth = -1;
            requestLayout();
        });
        content.getTransforms().add(scale);
        getChildren().add(content);
        timer.textProperty().bind(model.timerTextProperty());
        model.overtimeProperty().addListener((obs, was, now) -> markOvertime(now));
        markOvertime(model.overtimeProperty().get());
        model.slideProperty().addListener((obs, was, now) -> show(now));
        pages.pageProperty().addListener((obs, was, now) -> showPage());
        show(model.slideProperty().get());
        dark.addListener((obs, was, now) -> markDark(now));
        markDark(dark.get());
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.max(1, Math.min(getWidth() / BASE_WIDTH, getHeight() / BASE_HEIGHT));
        scale.setX(factor);
        scale.setY(factor);
        double width = getWidth() / factor;
        double height = getHeight() / factor;
        if (width != pagedWidth || height != pagedHeight) {
            paginate(width, height);
        }
        content.resizeRelocate(0, 0, width, height);
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

    /** Builds the slide's nodes afresh and pages them: one pass over its cards, no work left for later frames. */
    private void show(Slide slide) {
        titleScreen = slide.kind() == Slide.Kind.TITLE;
        titlePane.setVisible(titleScreen);
        stepPane.setVisible(!titleScreen);
        cardCount = slide.cardCount();
        headers.clear();
        sectionCards.clear();
        resultLines.clear();
        if (titleScreen) {
            screenTitle.setText(slide.title());
            screenSubtitle.setText(slide.subtitle());
            body.getChildren().clear();
            rowNodes = List.of();
            pages.setCount(1);
            return;
        }
        position.setText(slide.position());
        title.setText(slide.title());
        prompt.setText(slide.prompt());
        hidden.setText(slide.hidden());
        hidden.setVisible(!slide.hidden().isEmpty());
        hidden.setManaged(hidden.isVisible());
        dotsLeft.setText(String.join("   ", slide.dotsLeft()));
        if (slide.kind() == Slide.Kind.RESULT) {
            resultLines.addAll(resultOf(slide.result()));
        } else {
            for (Slide.SectionCards section : slide.sections()) {
                headers.add(sectionHeader(section.section()));
                sectionCards.add(cardsOf(section, slide.kind() == Slide.Kind.VOTING));
            }
        }
        double factor = scale.getX();
        paginate(getWidth() / factor, getHeight() / factor);
    }

    /**
     * Measures the slide's rows in the room the body has at this size and cuts them into pages, at the largest
     * card type with which they fit one page (tried for up to {@value #MAY_GROW} cards), else at the floor.
     */
    private void paginate(double width, double height) {
        pagedWidth = width;
        pagedHeight = height;
        if (titleScreen || width <= 0 || height <= 0) {
            return;
        }
        stepPane.applyCss();
        // The join column, while joining is open, takes its width from the step's.
        double stepWidth = width - (joinPanel.isManaged() ? joinPanel.prefWidth(height) : 0);
        double bodyHeight = height - top.prefHeight(stepWidth) - footer.prefHeight(stepWidth);
        List<String> sizes = cardCount > MAY_GROW ? TYPE_SIZES.subList(TYPE_SIZES.size() - 1, TYPE_SIZES.size())
                : TYPE_SIZES;
        // Read before the loop: while the type's style class changes, the body's padding reads as none.
        double innerWidth = stepWidth - body.snappedLeftInset() - body.snappedRightInset();
        double innerHeight = bodyHeight - body.snappedTopInset() - body.snappedBottomInset();
        for (String size : sizes) {
            body.getStyleClass().removeAll(TYPE_SIZES);
            body.getStyleClass().add(size);
            measure(innerWidth, innerHeight);
            if (pageList.size() == 1) {
                break;
            }
        }
        pages.setCount(pageList.size());
        showPage();
    }

    /** Lays every block into the body once to style and measure it, then makes the rows and their pages. */
    private void measure(double width, double height) {
        List<Node> all = new ArrayList<>(resultLines);
        for (int s = 0; s < headers.size(); s++) {
            all.add(headers.get(s));
            all.addAll(sectionCards.get(s));
        }
        body.getChildren().setAll(all);
        body.applyCss();
        double headerHeight = headers.isEmpty() ? 0 : headers.get(0).prefHeight(width) + GAP;
        double tallest = height - headerHeight;
        List<CardPages.Row> rows = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        for (Region line : resultLines) {
            rows.add(new CardPages.Row(clamp(line, width, tallest), false, 1));
            nodes.add(line);
        }
        // The width shared evenly among as many columns of at least CARD_WIDTH as fit.
        int columns = Math.max(1, (int) ((width + GAP) / (CARD_WIDTH + GAP)));
        double cardWidth = Math.floor((width + GAP) / columns - GAP);
        for (int s = 0; s < headers.size(); s++) {
            rows.add(new CardPages.Row(headers.get(s).prefHeight(width), true, 0));
            nodes.add(headers.get(s));
            List<Region> cards = sectionCards.get(s);
            for (int from = 0; from < cards.size(); from += columns) {
                List<Region> row = cards.subList(from, Math.min(cards.size(), from + columns));
                double rowHeight = 0;
                for (Region card : row) {
                    card.setMinWidth(cardWidth);
                    card.setPrefWidth(cardWidth);
                    card.setMaxWidth(cardWidth);
                    rowHeight = Math.max(rowHeight, clamp(card, cardWidth, tallest));
                }
                HBox rowBox = new HBox(GAP);
                rowBox.getChildren().setAll(row);
                rows.add(new CardPages.Row(rowHeight, false, row.size()));
                nodes.add(rowBox);
            }
        }
        rowNodes = nodes;
        pageList = CardPages.split(rows, GAP, height);
    }

    /**
     * The block's height at {@code width}; a block taller than {@code tallest} is held to it, its text cut to the
     * lines that fit and ending in "…" (the text may shrink, its container not grow).
     */
    private static double clamp(Region block, double width, double tallest) {
        block.setPrefHeight(Region.USE_COMPUTED_SIZE);
        block.setMaxHeight(Region.USE_COMPUTED_SIZE);
        Label text = (Label) block.lookup(".presentation-card-text");
        text.setMinHeight(Region.USE_PREF_SIZE);
        double natural = block.prefHeight(width);
        if (natural <= tallest) {
            return natural;
        }
        text.setMinHeight(0);
        block.setPrefHeight(tallest);
        block.setMaxHeight(tallest);
        return tallest;
    }

    /** Shows the rows of the page the pages say, and names it in the footer when there are several. */
    private void showPage() {
        if (titleScreen) {
            return;
        }
        int page = Math.min(pages.pageProperty().get(), pageList.size() - 1);
        CardPages.Page shown = pageList.get(page);
        int before = 0;
        for (int p = 0; p < page; p++) {
            before += pageList.get(p).cards();
        }
        body.getChildren().setAll(rowNodes.subList(shown.from(), shown.to()));
        pageLabel.setText(CardPages.label(before + 1, before + shown.cards(), cardCount, page, pageList.size()));
    }

    private static Label sectionHeader(Section section) {
        Label header = label("presentation-section", true);
        header.setText(section.title());
        return header;
    }

    private static List<Region> cardsOf(Slide.SectionCards section, boolean voting) {
        List<Region> cards = new ArrayList<>();
        String group = "group-" + section.section().group().name().toLowerCase(Locale.ROOT);
        for (Slide.Card card : section.cards()) {
            Label text = cardText(card.text());
            VBox box = new VBox(8, text);
            box.getStyleClass().addAll("presentation-card", group);
            if (voting && card.dots() > 0) {
                Label dots = label("presentation-dots", false);
                dots.setText(PresentationViewModel.dots(card.dots()));
                box.getChildren().add(dots);
            }
            cards.add(box);
        }
        return cards;
    }

    private static Label cardText(String content) {
        Label text = label("presentation-card-text", true);
        text.setText(content);
        text.setEllipsisString("…");
        return text;
    }

    private static List<Region> resultOf(List<Slide.ResultRow> rows) {
        List<Region> lines = new ArrayList<>();
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
            Label text = cardText(row.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox line = new HBox(20, rank, dots, text);
            line.getStyleClass().addAll("presentation-result-row",
                    "group-" + row.section().group().name().toLowerCase(Locale.ROOT));
            lines.add(line);
        }
        return lines;
    }
}
