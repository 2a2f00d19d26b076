package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;

class ChangeFiguresTest {
    private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    static Item item(long id, Section section, int position, String text, int importance) {
        return new Item(id, 1, section, position, text, "", ColourTag.NONE, "", importance, false, 3);
    }

    /** A grocer: two needs, one answered by a promise (target 4) with feedback; a competitor; one factor. */
    static CanvasSnapshot before() {
        List<Item> items = List.of(item(1, Section.NEEDS, 0, "Fresh bread", 4), item(2, Section.NEEDS, 1, "Short queue", 3),
                item(3, Section.FEATURES, 0, "Bakery", 3).withPromise(true, 4),
                item(4, Section.COMPETITORS, 0, "Discounter", 3));
        Strategy strategy = new Strategy(List.of(new Factor(10, 1, 0, "Freshness", 3, FourAction.RAISE, "")),
                List.of(), List.of(new Rating(10, 0, 3, ""), new Rating(10, 4, 4, "")));
        CanvasContent content = new CanvasContent(new Canvas(1, "Grocer", "", "", "", WHEN, WHEN), items,
                List.of(new FitLink(3, 1)), strategy);
        return new CanvasSnapshot(content, List.of(), List.of(new PromiseStanding(3, 20, 3.0, 1.0, 4.0)));
    }

    /** Three more needs, the promise's target 5 and better delivered, the queue answered, rated higher. */
    static CanvasSnapshot after() {
        CanvasContent b = before().content();
        List<Item> items = new ArrayList<>(b.items().stream()
                .map(i -> i.id() == 3 ? i.withPromise(true, 5) : i).toList());
        items.add(item(5, Section.NEEDS, 2, "Parking", 2));
        items.add(item(6, Section.NEEDS, 3, "Card payment", 2));
        items.add(item(7, Section.NEEDS, 4, "Opening hours", 2));
        Strategy strategy = new Strategy(b.strategy().factors(), List.of(),
                List.of(new Rating(10, 0, 5, ""), new Rating(10, 4, 4, "")));
        CanvasContent content = new CanvasContent(b.canvas(), items,
                List.of(new FitLink(3, 1), new FitLink(3, 2)), strategy);
        return new CanvasSnapshot(content, List.of(), List.of(new PromiseStanding(3, 30, 4.2, 0.8, 2.8)));
    }

    @Test
    void everyFigureThatMovedHasItsBeforeAfterAndChange() {
        List<FigureChange> moved = ChangeFigures.of(before(), after(), Style.SCREEN).stream()
                .filter(FigureChange::moved).toList();

        assertThat(moved).extracting(f -> f.subject() + "|" + f.label() + "|" + f.before().text() + "|"
                        + f.after().text() + "|" + f.change())
                .containsExactly(
                        "|fit score|57%|54%|−3 pts",
                        "|unanswered|1|3|+2",
                        "|total deficit|4.00|2.80|−1.20",
                        "|differentiation|−1.00|+1.00|+2.00",
                        "Bakery|delivered|3.00|4.20|+1.20",
                        "Bakery|gap|1.00|0.80|−0.20",
                        "Bakery|deficit|4.00|2.80|−1.20",
                        "Freshness|standing|Trail|Lead|Trail → Lead");
    }

    @Test
    void theTerminalStyleStaysInAscii() {
        List<FigureChange> moved = ChangeFigures.of(before(), after(), Style.TERMINAL).stream()
                .filter(FigureChange::moved).toList();
        assertThat(moved).allSatisfy(f -> assertThat(f.before().text() + f.after().text() + f.change())
                .matches("\\p{ASCII}*"));
    }

    @Test
    void nothingMovesBetweenASnapshotAndItself() {
        assertThat(ChangeFigures.of(before(), before(), Style.SCREEN)).noneMatch(FigureChange::moved)
                .isNotEmpty();
    }
}
