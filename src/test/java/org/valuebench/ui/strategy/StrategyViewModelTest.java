package org.valuebench.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The Strategy tab's model on a real workspace file, every use case run at once on the calling thread. */
class StrategyViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private StrategyViewModel strategy;
    private long megaMart;
    private long deli;
    private long online;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dir.resolve("strategy.db"));
        StrategyTestCanvas.addTo(fixture.workbench);
        strategy = new StrategyViewModel(fixture.workbench);
        megaMart = StrategyTestCanvas.id(fixture.workbench, "MegaMart");
        deli = StrategyTestCanvas.id(fixture.workbench, "Village deli");
        online = StrategyTestCanvas.id(fixture.workbench, "Online grocer");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Strategy stored() {
        Strategy[] result = new Strategy[1];
        long canvasId = fixture.workbench.canvasId();
        ViewModelFixture.inDatabase(fixture.file, wb -> result[0] = wb.canvas(canvasId).strategy());
        return result[0];
    }

    private long factor(String name) {
        return strategy.rows().stream().filter(r -> r.factor().name().equals(name)).findFirst().orElseThrow()
                .factorId();
    }

    private StrategyCurve curve(String name) {
        return strategy.curves().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Double> levels(Double... levels) {
        return Arrays.asList(levels);
    }

    @Test
    void aCanvasWithoutFactorsSaysSoAndOffersItsPromisesAndCustomerItems() {
        assertThat(strategy.stateProperty().get()).isEqualTo(StrategyViewModel.State.NO_FACTORS);
        assertThat(strategy.offers()).extracting(Offer::name)
                .containsExactly("Corner shop", "MegaMart", "Village deli", "Online grocer");
        assertThat(strategy.candidates()).extracting(Item::text).containsExactly("Always in stock", "Low prices",
                "Feel welcome", "Fair prices", "Running out of milk");
        assertThat(strategy.rows()).isEmpty();
        assertThat(strategy.summaryProperty().get().isEmpty()).isTrue();
    }

    @Test
    void ratingCellsRedrawsTheCurvesWithGapsForUnknownRatingsAndUndoRevertsThem() {
        strategy.addFactor("Price");
        strategy.addFactor("Opening hours");
        long price = factor("Price");
        long hours = factor("Opening hours");
        assertThat(strategy.selectedFactorIdProperty().get()).isEqualTo(hours);
        assertThat(strategy.stateProperty().get()).isEqualTo(StrategyViewModel.State.READY);

        strategy.rate(price, Offer.OURS, 3);
        strategy.rate(hours, Offer.OURS, 5);
        strategy.rate(price, megaMart, 5);
        strategy.rate(hours, deli, 2);

        assertThat(strategy.factorLabels()).containsExactly("Price", "Opening hours");
        assertThat(curve("Corner shop").levels()).isEqualTo(levels(3.0, 5.0));
        assertThat(curve("MegaMart").levels()).isEqualTo(levels(5.0, null));
        assertThat(curve("Village deli").levels()).isEqualTo(levels(null, 2.0));
        assertThat(curve("Online grocer").isEmpty()).isTrue();
        assertThat(stored().rating(price, megaMart).score()).isEqualTo(5);

        fixture.workbench.undo();
        assertThat(curve("Village deli").levels()).isEqualTo(levels(null, null));
        assertThat(stored().rating(hours, deli).isKnown()).isFalse();
        assertThat(fixture.workbench.redoTextProperty().get()).startsWith("Redo");

        strategy.rate(price, megaMart, Rating.UNKNOWN);
        assertThat(curve("MegaMart").levels()).isEqualTo(levels(null, null));
    }

    @Test
    void theDifferentiationPanelExplainsEveryFigureAndListsMeTooFirst() {
        strategy.addFactorFrom(StrategyTestCanvas.id(fixture.workbench, "Low prices"));
        strategy.addFactor("Opening hours");
        long prices = factor("Low prices");
        long hours = factor("Opening hours");
        strategy.rate(prices, Offer.OURS, 4);
        strategy.rate(prices, megaMart, 4);
        strategy.rate(prices, deli, 2);
        strategy.rate(hours, Offer.OURS, 5);
        strategy.rate(hours, online, 3);

        List<StrategyFigures.StandingRow> rows = strategy.standings();
        assertThat(rows).extracting(StrategyFigures.StandingRow::factor).containsExactly("Low prices", "Opening hours");
        assertThat(rows).extracting(StrategyFigures.StandingRow::standing).containsExactly(Standing.ME_TOO, Standing.LEAD);
        StrategyFigures.StandingRow low = rows.get(0);
        // Low prices answers "Fair prices" (importance 5) through its fit link, so that weights it.
        assertThat(low.weight().text()).isEqualTo("5");
        assertThat(low.weight().explanation()).contains("max(“Fair prices” 5) = 5");
        assertThat(low.best().text()).isEqualTo("4  MegaMart");
        assertThat(low.best().explanation()).contains("max(MegaMart 4, Village deli 2) = 4");
        assertThat(low.margin().text()).isEqualTo("0.00");
        StrategyFigures.StandingRow open = rows.get(1);
        assertThat(open.weight().text()).isEqualTo("3");
        assertThat(open.margin().text()).isEqualTo("+2.00");
        assertThat(open.margin().explanation()).contains("weight × margin = 3 × +2.00 = +6.00");

        // (5 × 0 + 3 × 2) / (5 + 3) = 0.75; me-too 5/8, leading 3/8.
        GapFigure summary = strategy.summaryProperty().get();
        assertThat(summary.text()).isEqualTo("Differentiation +0.75  ·  me-too 63%  ·  trailing 0%  ·  leading 38%"
                + " of the weight");
        assertThat(summary.explanation()).contains("= +6.00 / 8 = +0.75 over 2 rated factors");
        assertThat(strategy.rivals()).extracting(StrategyFigures.RivalRow::rival)
                .containsExactly("MegaMart (Competitors)", "Village deli (Competitors)", "Online grocer (Substitutes)");
        assertThat(strategy.rivals().get(0).margin().text()).isEqualTo("0.00");
    }

    @Test
    void aPromiseDeliveredBehindTheBestAlternativeIsFlaggedAndItsDeliveredCurveCanBeShown() {
        strategy.addFactorFrom(StrategyTestCanvas.id(fixture.workbench, "Always in stock"));
        long stock = factor("Always in stock");
        strategy.rate(stock, Offer.OURS, 4);
        strategy.rate(stock, megaMart, 4);
        assertThat(strategy.hasDeliveredProperty().get()).isFalse();

        StrategyTestCanvas.feedback(fixture.workbench, "Always in stock", 3);
        StrategyTestCanvas.feedback(fixture.workbench, "Always in stock", 2);

        assertThat(strategy.hasDeliveredProperty().get()).isTrue();
        StrategyFigures.StandingRow row = strategy.standings().get(0);
        assertThat(row.promiseNotKept()).isTrue();
        assertThat(row.standingText().text()).isEqualTo("Me-too ⚠");
        assertThat(row.delivered().text()).isEqualTo("2.50");
        assertThat(row.delivered().explanation()).contains("2.50 − 4 = −1.50 → trail");
        assertThat(strategy.curves()).isNotEmpty().noneMatch(StrategyCurve::delivered);

        strategy.showDeliveredProperty().set(true);
        assertThat(strategy.curves()).extracting(StrategyCurve::name)
                .containsExactly("Corner shop", "Corner shop (delivered)", "MegaMart", "Village deli", "Online grocer");
        assertThat(curve("Corner shop (delivered)").levels()).isEqualTo(levels(2.5));
    }

    @Test
    void factorsAreAddedFromTheCanvasRenamedMovedAndDeletedUndoably() {
        long lowPrices = StrategyTestCanvas.id(fixture.workbench, "Low prices");
        strategy.addFactorFrom(lowPrices);
        strategy.addFactor("Opening hours");
        strategy.addFactor("  ");
        assertThat(strategy.candidates()).extracting(Item::text).doesNotContain("Low prices");
        assertThat(strategy.rows()).hasSize(2);

        strategy.renameFactor(factor("Opening hours"), "Open late");
        assertThat(stored().factors()).extracting(Factor::name).containsExactly("Low prices", "Open late");

        strategy.select(factor("Open late"), Offer.OURS);
        strategy.moveSelected(-1);
        assertThat(stored().factors()).extracting(Factor::name).containsExactly("Open late", "Low prices");
        strategy.moveSelected(-1); // already first: nothing to do
        assertThat(fixture.workbench.undoTextProperty().get()).isNotEqualTo("Undo");

        strategy.deleteFactor(factor("Low prices"));
        assertThat(strategy.rows()).extracting(r -> r.factor().name()).containsExactly("Open late");
        assertThat(strategy.candidates()).extracting(Item::text).contains("Low prices");
        fixture.workbench.undo();
        assertThat(strategy.rows()).extracting(r -> r.factor().name()).containsExactly("Open late", "Low prices");

        // Twice from the same item is refused with the use case's own message.
        strategy.addFactorFrom(lowPrices);
        assertThat(fixture.dialogs.errors).singleElement().asString().contains("already the factor");
    }

    @Test
    void theSelectedCellsNoteAndTheSelectedFactorsLinksAreEditable() {
        strategy.addFactorFrom(StrategyTestCanvas.id(fixture.workbench, "Low prices"));
        long prices = factor("Low prices");
        strategy.select(prices, megaMart);
        strategy.noteRating(prices, megaMart, "  Price check, March  ");
        assertThat(strategy.selectedRatingProperty().get().note()).isEqualTo("Price check, March");
        assertThat(strategy.selectedOfferProperty().get().name()).isEqualTo("MegaMart");
        assertThat(stored().rating(prices, megaMart).note()).isEqualTo("Price check, March");

        // "Fair prices" comes from the source promise's fit link: shown linked and fixed.
        assertThat(strategy.linkChoices()).extracting(c -> c.item().text() + " " + c.linked() + " " + c.derived())
                .containsExactly("Feel welcome false false", "Fair prices true true",
                        "Running out of milk false false");
        long welcome = StrategyTestCanvas.id(fixture.workbench, "Feel welcome");
        strategy.setLinked(prices, welcome, true);
        assertThat(stored().customerItemsOf(prices)).containsExactly(welcome);
        assertThat(strategy.linkChoices().get(0).linked()).isTrue();
        strategy.setLinked(prices, welcome, false);
        assertThat(stored().customerItemsOf(prices)).isEmpty();
    }

    @Test
    void aFactorToCreateBecomesAPromiseOnTheCanvas() {
        strategy.addFactor("Home delivery");
        long delivery = factor("Home delivery");
        strategy.rate(delivery, online, 4);
        assertThat(strategy.canMakePromiseProperty().get()).isFalse();

        strategy.setAction(delivery, FourAction.CREATE, "Neighbours ask for it");
        assertThat(stored().factor(delivery).orElseThrow().action()).isEqualTo(FourAction.CREATE);
        assertThat(strategy.canMakePromiseProperty().get()).isTrue();

        strategy.makePromise(delivery);
        Item promise = fixture.shown().itemsIn(Section.BENEFITS).stream()
                .filter(i -> i.text().equals("Home delivery")).findFirst().orElseThrow();
        assertThat(promise.promise()).isTrue();
        assertThat(promise.promiseTarget()).isEqualTo(5);
        assertThat(fixture.workbench.selectedItemIdProperty().get()).isEqualTo(promise.id());
        assertThat(fixture.workbench.statusProperty().get().text())
                .isEqualTo("Added the promise “Home delivery” to Benefits with target 5; it is selected on the Canvas tab");
        assertThat(strategy.canMakePromiseProperty().get()).isFalse();

        strategy.setAction(delivery, FourAction.ELIMINATE);
        assertThat(stored().factor(delivery).orElseThrow().actionNote()).isEqualTo("Neighbours ask for it");
    }

    @Test
    void clickingACurveFocusesItAndClickingAgainUnfocusesIt() {
        strategy.toggleFocus(megaMart);
        assertThat(strategy.focusedOfferIdProperty().get()).isEqualTo(megaMart);
        strategy.toggleFocus(Offer.OURS);
        assertThat(strategy.focusedOfferIdProperty().get()).isEqualTo(Offer.OURS);
        strategy.toggleFocus(Offer.OURS);
        assertThat(strategy.focusedOfferIdProperty().get()).isEqualTo(StrategyViewModel.NO_FOCUS);

        strategy.toggleFocus(deli);
        fixture.library.newCanvas();
        assertThat(strategy.focusedOfferIdProperty().get()).isEqualTo(StrategyViewModel.NO_FOCUS);
        assertThat(strategy.offers()).extracting(Offer::name).containsExactly("Our offering");
        assertThat(strategy.stateProperty().get()).isEqualTo(StrategyViewModel.State.NO_FACTORS);
    }

    @Test
    void whileHiddenItWaitsAndCatchesUpWithEveryChangeWhenShown() {
        StrategyViewModel hidden = new StrategyViewModel(fixture.workbench);
        hidden.activeProperty().set(false);

        hidden.addFactor("Price");
        hidden.addFactor("Range");
        assertThat(names(hidden)).doesNotContain("Price", "Range");
        assertThat(hidden.factorLabels()).doesNotContain("Price");

        hidden.activeProperty().set(true);
        assertThat(names(hidden)).contains("Price", "Range");
        assertThat(hidden.factorLabels()).contains("Price", "Range");
        assertThat(hidden.curves()).isNotEmpty();
        assertThat(hidden.curves().get(0).levels()).hasSize(hidden.factorLabels().size());

        hidden.addFactor("Speed"); // shown: at once
        assertThat(hidden.factorLabels()).contains("Speed");
    }

    private static List<String> names(StrategyViewModel model) {
        return model.rows().stream().map(r -> r.factor().name()).toList();
    }

    @Test
    void anotherCanvasWithAsManyFactorsReplacesTheRowsAndTheCurvesInOneChangeEach() {
        strategy.addFactor("Price");
        strategy.addFactor("Range");
        long first = fixture.workbench.canvasId();
        StrategyTestCanvas.addTo(fixture.workbench);
        strategy.addFactor("Stock");
        strategy.addFactor("Speed");
        int[] rowChanges = {0};
        int[] curveChanges = {0};
        strategy.rows().addListener((javafx.collections.ListChangeListener<StrategyRow>) c -> rowChanges[0]++);
        strategy.curves().addListener((javafx.collections.ListChangeListener<StrategyCurve>) c -> curveChanges[0]++);
        List<Factor> selected = new ArrayList<>();
        strategy.selectedFactorProperty().addListener((obs, old, now) -> selected.add(now));

        fixture.workbench.showCanvas(first);
        assertThat(names(strategy)).containsExactly("Price", "Range");
        assertThat(rowChanges[0]).as("one change, so the views rebuild once").isEqualTo(1);
        assertThat(curveChanges[0]).isEqualTo(1);
        assertThat(selected).as("the selection shown once, not none first")
                .extracting(f -> f == null ? null : f.name()).containsExactly("Price");

        // One rating changes its row in place: the grid keeps the other rows' cells and its selection.
        StrategyRow price = strategy.rows().get(0);
        strategy.rate(factor("Range"), Offer.OURS, 4);
        assertThat(rowChanges[0]).isEqualTo(2);
        assertThat(strategy.rows().get(0)).isSameAs(price);
    }

    @Test
    void theAnalysisWaitsWhileTheTabIsHidden() {
        strategy.addFactor("Price");
        long price = factor("Price");
        strategy.activeProperty().set(false);
        strategy.rate(price, Offer.OURS, 4);
        strategy.rate(price, megaMart, 2);
        assertThat(strategy.standings()).as("as it was when hidden")
                .extracting(StrategyFigures.StandingRow::standing).containsExactly(Standing.UNRATED);
        assertThat(strategy.rows().get(0).cell(Offer.OURS).score()).as("the grid waits too").isNotEqualTo(4);

        strategy.activeProperty().set(true);
        assertThat(strategy.rows().get(0).cell(Offer.OURS).score()).isEqualTo(4);
        assertThat(strategy.standings()).extracting(StrategyFigures.StandingRow::standing).containsExactly(Standing.LEAD);
    }
}
