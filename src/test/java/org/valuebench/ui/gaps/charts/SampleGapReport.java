package org.valuebench.ui.gaps.charts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapAnalysis;
import org.valuebench.analysis.GapReport;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/**
 * A made-up report over {@value #PROMISES} promises, each with feedback from every voice in a given number of
 * months, for tests of the gap view's charts. The ids are negative so that nothing in it can be taken for a
 * real item.
 */
final class SampleGapReport {
    static final int PROMISES = 5;

    private SampleGapReport() {
    }

    /** The made-up report with feedback in {@code months} months. */
    static GapReport report(int months) {
        return report(PROMISES, months);
    }

    /** A made-up report over {@code promises} promises with feedback in {@code months} months. */
    static GapReport report(int promises, int months) {
        Canvas canvas = Canvas.draft("Rehearsal", Instant.EPOCH).withId(-1);
        List<Item> items = new ArrayList<>();
        List<FitLink> links = new ArrayList<>();
        List<FeedbackCell> cells = new ArrayList<>();
        for (int i = 1; i <= promises; i++) {
            Item need = Item.draft(canvas.id(), Section.NEEDS, "Need " + i).withId(-100 - i).withImportance(1 + i % 5);
            Item promise = Item.draft(canvas.id(), Section.FEATURES, "Promise " + i).withId(-i).withPromise(true, 4);
            items.add(need);
            items.add(promise);
            links.add(new FitLink(promise.id(), need.id()));
            for (Voice voice : Voice.values()) {
                for (int month = 0; month < months; month++) {
                    double mean = 2 + (i + month + voice.ordinal()) % 3;
                    cells.add(new FeedbackCell(promise.id(), voice, LocalDate.of(2000, 1, 1).plusMonths(month), 10,
                            10 * mean, 10 * mean * mean + 4, 10, 10 * (mean - 3.5), 10, 4, 3));
                }
            }
        }
        items.add(Item.draft(canvas.id(), Section.FEARS, "Unanswered fear").withId(-200));
        return GapAnalysis.of(new CanvasContent(canvas, items, links), cells, FeedbackFilter.NONE,
                CrosshairMode.MIDPOINTS, FeedbackFacets.EMPTY);
    }
}
