package org.valuebench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;

/** Builds the workspaces the command line tests read, through the same use cases the window uses. */
final class TestCanvases {
    static final Instant T0 = Instant.parse("2026-03-04T09:15:30Z");
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private TestCanvases() {
    }

    /**
     * Canvas 1 "Café corner": 7 items (3 customer, 3 offering, 1 alternative), one promise, 3 links.
     * Items, in the order added (ids 1..7): want "A moment of calm" (4), need "Coffee before the 8:10 train" (5),
     * fear "The queue makes me miss the train" (3, unanswered), feature "Order ahead in the app" (promise, target 5,
     * answers 1 and 2), benefit "Ready when you arrive" (answers 2), experience "Jazz on the radio" (fluff),
     * competitor "Station kiosk". Canvas 2 "Call centre" is empty.
     */
    static void cafeAndCallCentre(Path file) {
        try (Workbench wb = TestWorkbenches.open(file, false, CLOCK)) {
            cafeAndCallCentre(wb);
        }
    }

    /** The same canvases in an open workbench (a team workspace's, say). */
    static void cafeAndCallCentre(Workbench wb) {
        {
            long cafe = wb.createCanvas("Café corner").canvas().orElseThrow().canvas().id();
            wb.updateCanvasInfo(cafe, "Café corner", "Commuters on the morning train", "Espresso bar at the station",
                    "Opened in spring.\nSecond line of notes.");
            long want = add(wb, cafe, Section.WANTS, "A moment of calm");
            long need = add(wb, cafe, Section.NEEDS, "Coffee before the 8:10 train");
            long fear = add(wb, cafe, Section.FEARS, "The queue makes me miss the train");
            long feature = add(wb, cafe, Section.FEATURES, "Order ahead in the app");
            long benefit = add(wb, cafe, Section.BENEFITS, "Ready when you arrive");
            add(wb, cafe, Section.EXPERIENCE, "Jazz on the radio");
            add(wb, cafe, Section.COMPETITORS, "Station kiosk");
            edit(wb, cafe, want, i -> i.withImportance(4));
            edit(wb, cafe, need, i -> i.withImportance(5).withAuthor("Ann"));
            edit(wb, cafe, fear, i -> i.withImportance(3));
            edit(wb, cafe, feature, i -> i.withPromise(true, 5).withNotes("Pilot at two stations."));
            wb.link(feature, want);
            wb.link(need, feature);
            wb.link(benefit, need);
            wb.createCanvas("Call centre");
        }
    }

    /**
     * Canvas 1 "Corner café" with a strategy canvas, canvas 2 "Call centre" without factors. Items (ids 1..8): want
     * "A moment of calm" (4), need "Coffee before the 7:40 train" (5), fear "Paying too much" (3), feature "Opens at
     * 6:30" (promise, target 5, answers the need), feature "Oat milk", competitors "Station kiosk" (6) and "Chain
     * café" (7), substitute "Coffee at home" (8). Factors (ids 1..4), ratings as ours/kiosk/chain/home:
     * "Opening hours" from the feature, raise, 5/3/4/5: weight 5 (through the fit link), me-too;
     * "Price", reduce, linked to the fear, 3/4/2/- (home has only a note): weight 3, trails by 1;
     * "Calm seating" from the want, create, linked to the need, 4/1/2/-: weight 5, leads by 2;
     * "Loyalty card", eliminate, unrated: weight 3.
     */
    static void cafeWithStrategy(Path file) {
        try (Workbench wb = TestWorkbenches.open(file, false, CLOCK)) {
            long cafe = wb.createCanvas("Corner café").canvas().orElseThrow().canvas().id();
            wb.updateCanvasInfo(cafe, "Corner café", "Commuters", "Espresso bar at the station", "");
            long want = add(wb, cafe, Section.WANTS, "A moment of calm");
            long need = add(wb, cafe, Section.NEEDS, "Coffee before the 7:40 train");
            long fear = add(wb, cafe, Section.FEARS, "Paying too much");
            long feature = add(wb, cafe, Section.FEATURES, "Opens at 6:30");
            add(wb, cafe, Section.FEATURES, "Oat milk");
            long kiosk = add(wb, cafe, Section.COMPETITORS, "Station kiosk");
            long chain = add(wb, cafe, Section.COMPETITORS, "Chain café");
            long home = add(wb, cafe, Section.SUBSTITUTES, "Coffee at home");
            edit(wb, cafe, want, i -> i.withImportance(4));
            edit(wb, cafe, need, i -> i.withImportance(5));
            edit(wb, cafe, fear, i -> i.withImportance(3));
            edit(wb, cafe, feature, i -> i.withPromise(true, 5));
            wb.link(feature, need);
            StrategyUseCases strategy = new StrategyUseCases(wb, new GapUseCases(wb));
            long hours = lastFactor(wb, cafe, strategy.addFactorFrom(feature, -1));
            strategy.renameFactor(hours, "Opening hours");
            strategy.setAction(hours, FourAction.RAISE, "Open before the first train");
            long price = lastFactor(wb, cafe, strategy.addFactor(cafe, "Price", -1));
            strategy.setAction(price, FourAction.REDUCE, "");
            strategy.linkFactor(price, fear);
            long calm = lastFactor(wb, cafe, strategy.addFactorFrom(want, -1));
            strategy.renameFactor(calm, "Calm seating");
            strategy.setAction(calm, FourAction.CREATE, "A quiet corner away from the counter");
            strategy.linkFactor(calm, need);
            long loyalty = lastFactor(wb, cafe, strategy.addFactor(cafe, "Loyalty card", -1));
            strategy.setAction(loyalty, FourAction.ELIMINATE, "Nobody asks for it");
            rate(strategy, hours, new long[] {Offer.OURS, kiosk, chain, home}, 5, 3, 4, 5);
            strategy.noteRating(hours, chain, "Opens at 7");
            rate(strategy, price, new long[] {Offer.OURS, kiosk, chain}, 3, 4, 2);
            strategy.noteRating(price, home, "Nearly free, but who knows");
            rate(strategy, calm, new long[] {Offer.OURS, kiosk, chain}, 4, 1, 2);
            wb.createCanvas("Call centre");
        }
    }

    private static long lastFactor(Workbench wb, long canvas, Object change) {
        List<Factor> factors = wb.canvas(canvas).strategy().factors();
        return factors.get(factors.size() - 1).id();
    }

    private static void rate(StrategyUseCases strategy, long factor, long[] offers, int... scores) {
        for (int i = 0; i < offers.length; i++) {
            strategy.rate(factor, offers[i], scores[i]);
        }
    }

    private static long add(Workbench wb, long canvas, Section section, String text) {
        return wb.addItem(canvas, section, text, -1).focusItemId();
    }

    private static void edit(Workbench wb, long canvas, long itemId, UnaryOperator<Item> change) {
        Item item = wb.canvas(canvas).item(itemId).orElseThrow();
        wb.updateItem(change.apply(item));
    }
}
