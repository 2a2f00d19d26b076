package org.valuebench.ui.gaps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapAnalysis;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/**
 * A made-up report, ranking and page of records that the gap view is drawn with once, hidden, while the window
 * is built (see {@code GapView}), and never shown.
 *
 * <p>Why: JavaFX styles a kind of node (a ranking cell, a bar, a legend entry, an axis label, a record cell)
 * the first time it meets it in a scene by matching it against every selector of the theme; later nodes of the
 * same kind reuse the result. With the software renderer that first match costs one to a few milliseconds a
 * kind, and the gap view's first report met some hundred kinds at once: each chart's first fill, the ranking's
 * first line and the first page of records each kept the JavaFX thread 35–65 ms. Meeting them in the window's
 * own first layout, which the user waits for anyway, leaves the first visit to the tab the cost of later ones.
 * The made-up canvas has {@value #PROMISES} promises, each with feedback from every voice in as many months as
 * the trend shows, and the ids are negative so that nothing in it can be taken for a real item.
 */
final class GapRehearsal {
    static final int PROMISES = 5;

    private GapRehearsal() {
    }

    static GapReport report() {
        return report(GapTrendChart.MONTHS);
    }

    /** The made-up report with feedback in {@code months} months. */
    static GapReport report(int months) {
        Canvas canvas = Canvas.draft("Rehearsal", Instant.EPOCH).withId(-1);
        List<Item> items = new ArrayList<>();
        List<FitLink> links = new ArrayList<>();
        List<FeedbackCell> cells = new ArrayList<>();
        for (int i = 1; i <= PROMISES; i++) {
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

    static List<GapRow> rows(GapReport report) {
        List<GapRow> rows = new ArrayList<>();
        for (PromiseGap gap : report.promises()) {
            rows.add(GapFigures.row(rows.size() + 1, gap, report.filter().voice(), report.crosshairs()));
        }
        return rows;
    }

    static List<Feedback> records(GapReport report) {
        List<Feedback> records = new ArrayList<>();
        long promise = report.promises().get(0).promiseId();
        for (int i = 0; i < 4; i++) {
            records.add(new Feedback(-1 - i, report.canvas().id(), promise, 1 + i, FeedbackScale.ONE_TO_FIVE,
                    i % 2 == 0 ? null : 4.0, Voice.values()[i % Voice.values().length], "survey", "Regulars",
                    LocalDate.of(2000, 1, 1 + i), "R-" + i, i == 3 ? "" : "A comment", null));
        }
        return records;
    }
}
