package org.valuebench.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;

/**
 * Scores each promise of a canvas against the feedback on it. Works on {@link FeedbackCell}s (running sums
 * per promise, voice and day) that already passed the filter's date, segment and channel conditions, so the
 * same code serves a handful of records in a test and a million in a workspace.
 */
public final class GapAnalysis {

    private GapAnalysis() {
    }

    public static GapReport of(CanvasContent content, Collection<FeedbackCell> cells, FeedbackFilter filter,
                               CrosshairMode mode, FeedbackFacets facets) {
        Map<Long, Item> items = content.itemsById();
        Map<Long, Map<Voice, FeedbackCell>> totals = new HashMap<>();
        Map<Long, TreeMap<YearMonth, FeedbackCell>> months = new HashMap<>();
        for (FeedbackCell cell : cells) {
            totals.computeIfAbsent(cell.promiseItemId(), id -> new EnumMap<>(Voice.class))
                    .merge(cell.voice(), cell, FeedbackCell::plus);
            if (cell.voice() == filter.voice() && cell.day() != null) {
                months.computeIfAbsent(cell.promiseItemId(), id -> new TreeMap<>())
                        .merge(YearMonth.from(cell.day()), cell, FeedbackCell::plus);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        long npsN = 0;
        long promoters = 0;
        long detractors = 0;
        for (Item promise : content.promises()) {
            List<Item> linked = content.links().stream()
                    .filter(l -> l.offeringItemId() == promise.id())
                    .map(l -> items.get(l.customerItemId()))
                    .filter(i -> i != null && i.isCustomer())
                    .toList();
            int importance = linked.stream().mapToInt(Item::importance).max().orElse(promise.importance());
            Map<Voice, FeedbackCell> byVoice = totals.getOrDefault(promise.id(), Map.of());
            Map<Voice, VoiceFigures> voices = new LinkedHashMap<>();
            for (Voice voice : Voice.values()) {
                voices.put(voice, figures(voice, byVoice.get(voice), promise.promiseTarget(), importance));
            }
            List<TrendPoint> trend = months.getOrDefault(promise.id(), new TreeMap<>()).entrySet().stream()
                    .map(e -> new TrendPoint(e.getKey(), e.getValue().count(), e.getValue().sum5() / e.getValue().count()))
                    .toList();
            FeedbackCell headline = byVoice.get(filter.voice());
            if (headline != null) {
                npsN += headline.npsCount();
                promoters += headline.promoters();
                detractors += headline.detractors();
            }
            drafts.add(new Draft(promise, importance, linked, voices, trend));
        }
        Crosshairs crosshairs = crosshairs(mode, drafts, filter.voice());
        List<PromiseGap> gaps = drafts.stream()
                .map(d -> d.finish(filter.voice(), crosshairs))
                .sorted(RANKING)
                .toList();
        return new GapReport(content.canvas(), filter, crosshairs, gaps, unanswered(content), unpromised(content),
                new NetPromoterScore(npsN, promoters, detractors), facets);
    }

    /** Largest deficit first; then larger gap, higher importance; promises without feedback last. */
    static final Comparator<PromiseGap> RANKING = Comparator
            .comparing(PromiseGap::deficit, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PromiseGap::gap, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PromiseGap::importance, Comparator.reverseOrder());

    static VoiceFigures figures(Voice voice, FeedbackCell cell, int target, int importance) {
        if (cell == null || cell.count() == 0) {
            return new VoiceFigures(voice, SampleStatistics.EMPTY, null, null, null, 0, new NetPromoterScore(0, 0, 0));
        }
        SampleStatistics delivery = SampleStatistics.of(cell.count(), cell.sum5(), cell.sumSquares5());
        double gap = target - delivery.mean();
        double deficit = importance * Math.max(0, gap);
        Double servqual = cell.expectationCount() == 0 ? null : cell.expectationGapSum() / cell.expectationCount();
        return new VoiceFigures(voice, delivery, gap, deficit, servqual, cell.expectationCount(),
                new NetPromoterScore(cell.npsCount(), cell.promoters(), cell.detractors()));
    }

    private static Crosshairs crosshairs(CrosshairMode mode, List<Draft> drafts, Voice voice) {
        List<Draft> scored = drafts.stream().filter(d -> d.voices.get(voice).n() > 0).toList();
        if (mode == CrosshairMode.MIDPOINTS || scored.isEmpty()) {
            return new Crosshairs(mode, Crosshairs.MIDPOINT, Crosshairs.MIDPOINT);
        }
        double performance = scored.stream().mapToDouble(d -> d.voices.get(voice).delivered()).average().orElseThrow();
        double importance = scored.stream().mapToInt(d -> d.importance).average().orElseThrow();
        return new Crosshairs(mode, performance, importance);
    }

    private static List<Item> unanswered(CanvasContent content) {
        return byImportance(FitAnalysis.of(content).unanswered());
    }

    private static List<Item> unpromised(CanvasContent content) {
        Map<Long, Item> items = content.itemsById();
        Set<Long> answered = new HashSet<>();
        Set<Long> promised = new HashSet<>();
        for (FitLink link : content.links()) {
            answered.add(link.customerItemId());
            Item offering = items.get(link.offeringItemId());
            if (offering != null && offering.promise()) {
                promised.add(link.customerItemId());
            }
        }
        return byImportance(content.items().stream()
                .filter(Item::isCustomer)
                .filter(i -> answered.contains(i.id()) && !promised.contains(i.id()))
                .toList());
    }

    private static List<Item> byImportance(List<Item> items) {
        return items.stream().sorted(Comparator.comparingInt(Item::importance).reversed()).toList();
    }

    private record Draft(Item promise, int importance, List<Item> linked, Map<Voice, VoiceFigures> voices,
                         List<TrendPoint> trend) {

        PromiseGap finish(Voice voice, Crosshairs crosshairs) {
            VoiceFigures headline = voices.get(voice);
            Quadrant quadrant = headline.n() == 0 ? null
                    : Quadrant.of(headline.delivered(), importance, crosshairs);
            return new PromiseGap(promise, importance, linked, headline, voices, quadrant, trend);
        }
    }
}
