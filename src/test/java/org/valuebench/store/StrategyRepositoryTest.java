package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

class StrategyRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private StrategyRepository repo;
    private long canvas;
    private long need;
    private long promise;
    private long rival;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.open(dir.resolve("ws.db"), false);
        repo = ws.strategy();
        canvas = ws.canvases().insert(Canvas.draft("Shop", T0)).id();
        need = ws.items().append(Item.draft(canvas, Section.NEEDS, "Low prices").withImportance(5)).id();
        promise = ws.items().append(Item.draft(canvas, Section.FEATURES, "Everyday low prices").withPromise(true, 5)).id();
        rival = ws.items().append(Item.draft(canvas, Section.COMPETITORS, "Hard discounter")).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Factor add(String name, int position, long source) {
        return repo.insert(new Factor(0, canvas, position, name, source, FourAction.NONE, ""));
    }

    @Test
    void aStrategyIsStoredAndReadBackWholeAfterReopeningTheFile() {
        Factor price = add("Price", 0, promise);
        Factor stock = add("Stock", 1, 0);
        repo.update(stock.withAction(FourAction.RAISE, "Shelf gaps"));
        repo.addLink(new FactorLink(stock.id(), need));
        repo.put(new Rating(price.id(), Offer.OURS, 5, "Own price list"));
        repo.put(new Rating(price.id(), rival, 4, ""));
        repo.put(new Rating(stock.id(), rival, Rating.UNKNOWN, "Not posted"));
        Strategy before = repo.byCanvas(canvas);
        ws.close();

        ws = TestWorkspaces.open(dir.resolve("ws.db"), false);
        Strategy after = ws.strategy().byCanvas(canvas);

        assertThat(after).isEqualTo(before);
        assertThat(after.factors()).extracting(Factor::name, Factor::sourceItemId, Factor::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Price", promise, FourAction.NONE),
                org.assertj.core.groups.Tuple.tuple("Stock", 0L, FourAction.RAISE));
        assertThat(after.ratings()).containsExactly(new Rating(price.id(), Offer.OURS, 5, "Own price list"),
                new Rating(price.id(), rival, 4, ""), new Rating(stock.id(), rival, Rating.UNKNOWN, "Not posted"));
        assertThat(after.links()).containsExactly(new FactorLink(stock.id(), need));
    }

    @Test
    void positionsStayDenseOnInsertMoveAndDelete() {
        Factor a = add("A", 0, 0);
        add("B", 1, 0);
        add("C", 0, 0);
        assertThat(names()).containsExactly("C", "A", "B");

        repo.move(a.id(), 5);
        assertThat(names()).containsExactly("C", "B", "A");
        repo.delete(repo.byCanvas(canvas).factors().get(0).id());

        assertThat(repo.byCanvas(canvas).factors()).extracting(Factor::name, Factor::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", 0), org.assertj.core.groups.Tuple.tuple("A", 1));
    }

    @Test
    void aCellHoldsOneRatingAndABlankOneIsRemoved() {
        Factor price = add("Price", 0, 0);
        repo.put(new Rating(price.id(), rival, 2, ""));
        repo.put(new Rating(price.id(), rival, 3, "Flyer"));
        repo.put(new Rating(price.id(), Offer.OURS, 4, ""));
        repo.put(new Rating(price.id(), Offer.OURS, 5, ""));
        assertThat(repo.byCanvas(canvas).ratings()).containsExactly(new Rating(price.id(), Offer.OURS, 5, ""),
                new Rating(price.id(), rival, 3, "Flyer"));

        repo.put(new Rating(price.id(), Offer.OURS, Rating.UNKNOWN, ""));
        assertThat(repo.byCanvas(canvas).ratings()).containsExactly(new Rating(price.id(), rival, 3, "Flyer"));
    }

    @Test
    void twoPeopleRatingTheSameCellAtOnceBothLandAndOneRatingStays() throws Exception {
        Factor price = add("Price", 0, 0);
        try (Workspace other = TestWorkspaces.open(dir.resolve("ws.db"), false)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (Workspace each : List.of(ws, other)) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 150; i++) {
                        int score = 1 + i % 5;
                        each.transaction(c -> {
                            each.strategy().put(new Rating(price.id(), Offer.OURS, score, ""));
                            each.strategy().put(new Rating(price.id(), rival, score, "Flyer"));
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) {
                run.get(); // a refused insert of the same cell would fail here
            }
            pool.shutdown();
        }
        assertThat(repo.byCanvas(canvas).ratings()).hasSize(2);
    }

    @Test
    void theSchemaRefusesWhatTheDomainWouldNot() {
        Factor price = add("Price", 0, 0);
        assertThatThrownBy(() -> ws.transaction(c -> c.createStatement().executeUpdate(
                "INSERT INTO rating (factor_id, offer_item_id, score) VALUES (" + price.id() + ", " + rival + ", 6)")))
                .hasMessageMatching("(?s).*(CHECK constraint failed|violates check constraint).*");
        assertThatThrownBy(() -> ws.transaction(c -> c.createStatement().executeUpdate(
                "INSERT INTO rating (factor_id, offer_item_id, score) VALUES (" + price.id() + ", NULL, 3), ("
                        + price.id() + ", NULL, 4)")))
                .hasMessageMatching("(?s).*(UNIQUE constraint failed|violates unique constraint).*");
    }

    @Test
    void deletingAnItemTakesItsRatingsAndLinksAndTheTraceRestoresThem() {
        Factor price = add("Price", 0, promise);
        repo.addLink(new FactorLink(price.id(), need));
        repo.put(new Rating(price.id(), rival, 4, "Flyer"));
        Strategy before = repo.byCanvas(canvas);
        StrategyRepository.ItemTrace rivalTrace = repo.traceOf(rival);
        StrategyRepository.ItemTrace promiseTrace = repo.traceOf(promise);
        StrategyRepository.ItemTrace needTrace = repo.traceOf(need);
        Item rivalItem = ws.items().find(rival).orElseThrow();
        Item promiseItem = ws.items().find(promise).orElseThrow();
        Item needItem = ws.items().find(need).orElseThrow();

        ws.items().delete(rival);
        ws.items().delete(promise);
        ws.items().delete(need);
        Strategy bare = repo.byCanvas(canvas);
        assertThat(bare.ratings()).isEmpty();
        assertThat(bare.links()).isEmpty();
        assertThat(bare.factors().get(0).hasSource()).isFalse();

        for (Item item : List.of(needItem, promiseItem, rivalItem)) {
            ws.items().insert(item);
        }
        repo.restore(need, needTrace);
        repo.restore(promise, promiseTrace);
        repo.restore(rival, rivalTrace);
        assertThat(repo.byCanvas(canvas)).isEqualTo(before);
    }

    @Test
    void deletingTheCanvasDeletesItsStrategy() {
        Factor price = add("Price", 0, 0);
        repo.put(new Rating(price.id(), Offer.OURS, 3, ""));

        ws.canvases().delete(canvas);

        assertThat(repo.find(price.id())).isEmpty();
        assertThat(repo.byCanvas(canvas)).isEqualTo(Strategy.NONE);
    }

    private List<String> names() {
        return repo.byCanvas(canvas).factors().stream().map(Factor::name).toList();
    }
}
