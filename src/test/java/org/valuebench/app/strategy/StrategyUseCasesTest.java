package org.valuebench.app.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.Standing;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.store.Workspace;
import org.valuebench.store.TestWorkspaces;

class StrategyUseCasesTest {
    @TempDir
    Path dir;
    WorkbenchFixture f;
    StrategyUseCases strategy;

    @BeforeEach
    void open() {
        f = WorkbenchFixture.withCafe(dir);
        strategy = new StrategyUseCases(f.wb, new GapUseCases(f.wb));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Strategy stored() {
        return f.content().strategy();
    }

    private long factorAt(int position) {
        return stored().factors().get(position).id();
    }

    @Test
    void factorsAreAddedFreeOrFromAnItemAndKeptInOrder() {
        strategy.addFactor(f.canvas, "Price", -1);
        strategy.addFactorFrom(f.coffee, -1);
        strategy.addFactor(f.canvas, "  Opening hours ", 0);

        assertThat(stored().factors()).extracting(Factor::name).containsExactly("Opening hours", "Price", "Coffee");
        assertThat(stored().factors()).extracting(Factor::position).containsExactly(0, 1, 2);
        assertThat(stored().factors().get(2).sourceItemId()).isEqualTo(f.coffee);
    }

    @Test
    void anItemBecomesAFactorOnceAndAlternativesNever() {
        strategy.addFactorFrom(f.app, -1);

        assertThatThrownBy(() -> strategy.addFactorFrom(f.app, -1)).isInstanceOf(AppException.class)
                .hasMessageContaining("already the factor 'App'");
        assertThatThrownBy(() -> strategy.addFactorFrom(f.kiosk, -1)).isInstanceOf(AppException.class)
                .hasMessageContaining("offers compared");
        assertThatThrownBy(() -> strategy.addFactor(f.canvas, " ", -1)).isInstanceOf(AppException.class)
                .hasMessageContaining("Factor name must not be empty");
    }

    @Test
    void ratingsAndNotesAreStoredPerCellAndBlankCellsDisappear() {
        strategy.addFactor(f.canvas, "Price", -1);
        long price = factorAt(0);

        strategy.rate(price, Offer.OURS, 4);
        strategy.rate(price, f.kiosk, 2);
        strategy.noteRating(price, f.kiosk, "Menu board, May");

        assertThat(stored().rating(price, Offer.OURS)).isEqualTo(new Rating(price, Offer.OURS, 4, ""));
        assertThat(stored().rating(price, f.kiosk)).isEqualTo(new Rating(price, f.kiosk, 2, "Menu board, May"));

        strategy.rate(price, f.kiosk, Rating.UNKNOWN);
        assertThat(stored().rating(price, f.kiosk).isKnown()).isFalse();
        strategy.noteRating(price, f.kiosk, "");
        assertThat(stored().ratings()).containsExactly(new Rating(price, Offer.OURS, 4, ""));
        assertThat(rowsIn("rating")).isEqualTo(1);
    }

    @Test
    void ratingsRefuseOffersThatAreNotOnTheCanvasAndLevelsOutsideOneToFive() {
        strategy.addFactor(f.canvas, "Price", -1);
        long price = factorAt(0);

        assertThatThrownBy(() -> strategy.rate(price, f.coffee, 3)).isInstanceOf(AppException.class)
                .hasMessageContaining("neither the canvas's own offering nor one of its competitors");
        assertThatThrownBy(() -> strategy.rate(price, Offer.OURS, 6)).isInstanceOf(AppException.class)
                .hasMessageContaining("Rating must be between 1 and 5, not 6");
    }

    @Test
    void everyEditIsUndoneAndRedoneThroughTheOneHistory() {
        strategy.addFactor(f.canvas, "Price", -1);
        long price = factorAt(0);
        strategy.rate(price, f.kiosk, 3);
        strategy.linkFactor(price, f.treat);
        strategy.setAction(price, FourAction.REDUCE, "Nobody comes for the price");
        strategy.renameFactor(price, "Low price");
        Strategy full = stored();

        assertThat(f.wb.undoState().undoLabel()).contains("Rename factor");
        for (int i = 0; i < 5; i++) {
            f.wb.undo();
        }
        assertThat(stored().isEmpty()).isTrue();
        for (int i = 0; i < 5; i++) {
            f.wb.redo();
        }
        assertThat(stored()).isEqualTo(full);
        assertThat(full.factors().get(0).action()).isEqualTo(FourAction.REDUCE);
        assertThat(full.customerItemsOf(price)).containsExactly(f.treat);
    }

    @Test
    void deletingAFactorTakesItsRatingsAndLinksAndUndoBringsThemBack() {
        strategy.addFactor(f.canvas, "Price", -1);
        strategy.addFactor(f.canvas, "Speed", -1);
        long price = factorAt(0);
        strategy.rate(price, f.kiosk, 3);
        strategy.rate(price, Offer.OURS, 5);
        strategy.linkFactor(price, f.coffee);
        Strategy before = stored();

        strategy.deleteFactor(price);
        assertThat(stored().factors()).extracting(Factor::name, Factor::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Speed", 0));
        assertThat(rowsIn("rating")).isZero();
        assertThat(rowsIn("factor_link")).isZero();

        f.wb.undo();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void factorsAreReorderedAndUndoPutsThemBack() {
        strategy.addFactor(f.canvas, "A", -1);
        strategy.addFactor(f.canvas, "B", -1);
        strategy.addFactor(f.canvas, "C", -1);

        strategy.moveFactor(factorAt(0), 2);
        assertThat(stored().factors()).extracting(Factor::name).containsExactly("B", "C", "A");
        strategy.moveFactor(factorAt(2), 99);
        assertThat(f.wb.undoState().undoLabel()).contains("Reorder factors");
        f.wb.undo();
        assertThat(stored().factors()).extracting(Factor::name).containsExactly("A", "B", "C");
    }

    @Test
    void deletingACompetitorOrSourceItemIsUndoneWithItsRatingsLinksAndFactorSource() {
        strategy.addFactorFrom(f.noQueue, -1);
        long factor = factorAt(0);
        strategy.rate(factor, f.kiosk, 4);
        strategy.linkFactor(factor, f.treat);
        Strategy before = stored();

        f.wb.deleteItem(f.kiosk);
        f.wb.deleteItem(f.noQueue);
        f.wb.deleteItem(f.treat);
        assertThat(stored().ratings()).isEmpty();
        assertThat(stored().links()).isEmpty();
        assertThat(stored().factors().get(0).hasSource()).isFalse();

        f.wb.undo();
        f.wb.undo();
        f.wb.undo();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void duplicatingACanvasCopiesItsStrategyUnderNewIds() {
        strategy.addFactorFrom(f.noQueue, -1);
        long factor = factorAt(0);
        strategy.rate(factor, f.kiosk, 4);
        strategy.rate(factor, Offer.OURS, 2);
        strategy.linkFactor(factor, f.treat);

        CanvasContent copy = f.wb.duplicateCanvas(f.canvas).canvas().orElseThrow();

        Strategy copied = copy.strategy();
        Factor copiedFactor = copied.factors().get(0);
        assertThat(copiedFactor.id()).isNotEqualTo(factor);
        Item copiedNoQueue = copy.itemsIn(Section.BENEFITS).get(0);
        Item copiedKiosk = copy.itemsIn(Section.COMPETITORS).get(0);
        Item copiedTreat = copy.itemsIn(Section.WANTS).get(1);
        assertThat(copiedFactor.sourceItemId()).isEqualTo(copiedNoQueue.id());
        assertThat(copied.rating(copiedFactor.id(), copiedKiosk.id()).score()).isEqualTo(4);
        assertThat(copied.rating(copiedFactor.id(), Offer.OURS).score()).isEqualTo(2);
        assertThat(copied.links()).containsExactly(new FactorLink(copiedFactor.id(), copiedTreat.id()));
    }

    @Test
    void deletingACanvasIsUndoneWithItsStrategy() {
        strategy.addFactor(f.canvas, "Price", -1);
        strategy.rate(factorAt(0), f.kiosk, 1);
        CanvasContent before = f.content();

        f.wb.deleteCanvas(f.canvas);
        assertThat(rowsIn("factor")).isZero();
        f.wb.undo();

        assertThat(f.content()).isEqualTo(before);
    }

    @Test
    void aRaiseFactorBecomesAPromiseOneAboveTheBestAlternativeAnsweringItsCustomerItems() {
        strategy.addFactor(f.canvas, "Table service", -1);
        long factor = factorAt(0);
        strategy.rate(factor, f.kiosk, 3);
        strategy.rate(factor, Offer.OURS, 2);
        strategy.linkFactor(factor, f.calm);

        assertThatThrownBy(() -> strategy.promiseFromFactor(factor)).isInstanceOf(AppException.class)
                .hasMessageContaining("Only factors to raise or create");
        strategy.setAction(factor, FourAction.RAISE, "Guests want to sit down");
        Change change = strategy.promiseFromFactor(factor);

        Item promise = f.item(change.focusItemId());
        assertThat(promise.section()).isEqualTo(Section.BENEFITS);
        assertThat(promise.text()).isEqualTo("Table service");
        assertThat(promise.promise()).isTrue();
        assertThat(promise.promiseTarget()).isEqualTo(4);
        assertThat(promise.notes()).isEqualTo("From the four actions grid: raise. Guests want to sit down");
        assertThat(f.content().linkedTo(promise.id())).containsExactly(f.calm);
        assertThat(stored().factors().get(0).sourceItemId()).isEqualTo(promise.id());
        assertThatThrownBy(() -> strategy.promiseFromFactor(factor)).isInstanceOf(AppException.class)
                .hasMessageContaining("already the promise");

        f.wb.undo();
        assertThat(f.content().itemsIn(Section.BENEFITS)).extracting(Item::text).containsExactly("No queue");
        assertThat(stored().factors().get(0).hasSource()).isFalse();
    }

    @Test
    void theDifferentiationReportUsesTheStoredGrid() {
        strategy.addFactorFrom(f.coffee, -1);
        long factor = factorAt(0);
        strategy.rate(factor, Offer.OURS, 5);
        strategy.rate(factor, f.kiosk, 3);

        DifferentiationReport report = strategy.differentiation(f.canvas);

        assertThat(report.factors()).singleElement().satisfies(s -> {
            assertThat(s.standing()).isEqualTo(Standing.LEAD);
            assertThat(s.margin()).isEqualTo(2.0);
            assertThat(s.weight()).isEqualTo(3);
        });
    }

    @Test
    void theStrategySurvivesClosingAndReopeningTheFile() {
        strategy.addFactor(f.canvas, "Price", -1);
        strategy.rate(factorAt(0), Offer.OURS, 3);
        strategy.noteRating(factorAt(0), Offer.OURS, "Our own price list");
        Strategy before = stored();
        f.close();

        try (Workbench reopened = new Workbench(TestWorkspaces.open(f.file, false), f.clock, 10)) {
            assertThat(reopened.canvas(f.canvas).strategy()).isEqualTo(before);
        }
        f = null;
    }

    private int rowsIn(String table) {
        try (Workspace other = TestWorkspaces.open(f.file, false)) {
            return other.transaction(c -> {
                try (var rows = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
        }
    }
}
