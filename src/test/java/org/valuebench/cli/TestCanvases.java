package org.valuebench.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.valuebench.app.Workbench;
import org.valuebench.domain.Item;
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
        try (Workbench wb = Workbench.open(file, false, CLOCK)) {
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

    private static long add(Workbench wb, long canvas, Section section, String text) {
        return wb.addItem(canvas, section, text, -1).focusItemId();
    }

    private static void edit(Workbench wb, long canvas, long itemId, UnaryOperator<Item> change) {
        Item item = wb.canvas(canvas).item(itemId).orElseThrow();
        wb.updateItem(change.apply(item));
    }
}
