package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;

/**
 * Row versions of factors and ratings, on both engines: every update raises the version, an update made from an
 * older version writes nothing, and a rating cell's first value is refused when a colleague gave it one meanwhile.
 */
class StrategyRowVersionsTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private long canvas;
    private long rival;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.open(dir.resolve("ws.db"), false);
        canvas = ws.canvases().insert(Canvas.draft("Shop", T0)).id();
        rival = ws.items().append(Item.draft(canvas, Section.COMPETITORS, "Hard discounter")).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Factor add(String name) {
        return ws.strategy().insert(Factor.draft(canvas, name).withPosition(ws.strategy().count(canvas)));
    }

    @Test
    void everyUpdateOfAFactorRaisesItsVersionAndAnUpdateFromAnOlderVersionWritesNothing() {
        Factor price = add("Price");
        Factor stock = add("Stock");
        StrategyRepository repo = ws.strategy();
        assertThat(repo.version(price.id())).isEqualTo(1);

        assertThat(repo.update(price.withName("Low price"), 1)).isEqualTo(2);
        assertThatThrownBy(() -> repo.update(price.withAction(FourAction.RAISE, "Beat them"), 1))
                .isInstanceOf(RowChangedException.class)
                .hasMessageContaining("Factor " + price.id()).hasMessageContaining("changed since it was read");
        assertThat(repo.find(price.id()).orElseThrow()).extracting(Factor::name, Factor::action)
                .containsExactly("Low price", FourAction.NONE);
        assertThat(repo.version(price.id())).isEqualTo(2);

        // An unchecked update (the source set by "make it a promise") raises it too; moves change no version.
        repo.update(repo.find(price.id()).orElseThrow().withSource(rival));
        assertThat(repo.version(price.id())).isEqualTo(3);
        repo.move(stock.id(), 0);
        assertThat(repo.version(stock.id())).isEqualTo(1);
        assertThat(repo.version(price.id())).isEqualTo(3);

        assertThatThrownBy(() -> repo.update(price.withName("Gone").withId(price.id() + 100), 1))
                .isNotInstanceOf(RowChangedException.class).hasMessageContaining("does not exist");
        assertThat(repo.findVersioned(price.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void aRatingCellStartsAtVersion0AndItsFirstValueIsRefusedWhenSomeoneGaveItOneMeanwhile() {
        Factor price = add("Price");
        StrategyRepository repo = ws.strategy();
        assertThat(repo.rating(price.id(), rival)).isEqualTo(new Versioned<>(new Rating(price.id(), rival, 0, ""), 0));

        assertThat(repo.put(new Rating(price.id(), rival, 3, ""), 0)).isEqualTo(1);
        // A colleague who also saw the cell empty: refused, the 3 stays.
        assertThatThrownBy(() -> repo.put(new Rating(price.id(), rival, 4, ""), 0))
                .isInstanceOf(RowChangedException.class).hasMessageContaining("Rating of offer " + rival
                        + " on factor " + price.id());
        assertThat(repo.rating(price.id(), rival)).isEqualTo(new Versioned<>(new Rating(price.id(), rival, 3, ""), 1));

        assertThat(repo.put(new Rating(price.id(), rival, 3, "Flyer"), 1)).isEqualTo(2);
        assertThatThrownBy(() -> repo.put(new Rating(price.id(), rival, 5, ""), 1)).isInstanceOf(RowChangedException.class);
        // Blanking from an older version is refused too; from the current one it removes the cell (version 0).
        assertThatThrownBy(() -> repo.put(new Rating(price.id(), rival, 0, ""), 1)).isInstanceOf(RowChangedException.class);
        assertThat(repo.put(new Rating(price.id(), rival, 0, ""), 2)).isEqualTo(0);
        assertThat(repo.byCanvas(canvas).ratings()).isEmpty();
        // A rating made from a version the colleague has since blanked is not put back.
        assertThatThrownBy(() -> repo.put(new Rating(price.id(), rival, 2, ""), 2)).isInstanceOf(RowChangedException.class);
        assertThat(repo.byCanvas(canvas).ratings()).isEmpty();
        // Our own offering's cell (no offer item) is versioned the same way.
        assertThat(repo.put(new Rating(price.id(), Offer.OURS, 5, ""), 0)).isEqualTo(1);
        assertThatThrownBy(() -> repo.put(new Rating(price.id(), Offer.OURS, 1, ""), 0)).isInstanceOf(RowChangedException.class);
        // Unchecked puts (undo of a delete restoring ratings) raise the version too.
        repo.put(new Rating(price.id(), Offer.OURS, 4, ""));
        assertThat(repo.rating(price.id(), Offer.OURS).version()).isEqualTo(2);
    }

    @Test
    void aCanvasReadCarriesTheVersionsOfItsFactorsAndRatings() {
        Factor price = add("Price");
        Factor stock = add("Stock");
        StrategyRepository repo = ws.strategy();
        repo.update(stock.withName("Shelf stock"), 1);
        repo.put(new Rating(price.id(), rival, 3, ""), 0);
        repo.put(new Rating(price.id(), rival, 4, ""), 1);
        repo.put(new Rating(stock.id(), Offer.OURS, 2, ""), 0);

        CanvasRead read = ws.canvases().read(canvas).orElseThrow();
        assertThat(read.factorVersion(price.id())).isEqualTo(1);
        assertThat(read.factorVersion(stock.id())).isEqualTo(2);
        assertThat(read.ratingVersion(price.id(), rival)).isEqualTo(2);
        assertThat(read.ratingVersion(stock.id(), Offer.OURS)).isEqualTo(1);
        assertThat(read.ratingVersion(stock.id(), rival)).isZero();
        // The domain records are as before: versions are beside them, not in them.
        assertThat(read.content().strategy()).isEqualTo(repo.byCanvas(canvas));
    }

    @Test
    void twoPeopleGivingTheSameEmptyCellItsFirstValueAtOnceOneLandsAndTheOtherIsRefused() throws Exception {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            factors.add(add("Factor " + i));
        }
        try (Workspace other = TestWorkspaces.open(dir.resolve("ws.db"), false)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<int[]>> runs = new ArrayList<>();
            for (Workspace each : List.of(ws, other)) {
                int score = each == ws ? 2 : 4;
                runs.add(pool.submit(() -> {
                    int[] landedAndRefused = new int[2];
                    for (Factor factor : factors) {
                        together.await(10, TimeUnit.SECONDS);
                        try {
                            each.transaction(c -> each.strategy().put(new Rating(factor.id(), rival, score, ""), 0));
                            landedAndRefused[0]++;
                        } catch (RowChangedException refused) {
                            landedAndRefused[1]++;
                        }
                    }
                    return landedAndRefused;
                }));
            }
            int landed = 0;
            int refused = 0;
            for (Future<int[]> run : runs) {
                int[] counts = run.get(60, TimeUnit.SECONDS); // any other failure (a duplicate key) fails here
                landed += counts[0];
                refused += counts[1];
            }
            pool.shutdown();
            assertThat(landed).isEqualTo(factors.size());
            assertThat(refused).isEqualTo(factors.size());
        }
        assertThat(ws.strategy().byCanvas(canvas).ratings()).hasSize(factors.size())
                .allSatisfy(r -> assertThat(r.score()).isIn(2, 4));
        factors.forEach(f -> assertThat(ws.strategy().rating(f.id(), rival).version()).isEqualTo(1));
    }
}
