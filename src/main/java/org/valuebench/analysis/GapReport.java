package org.valuebench.analysis;

import java.util.List;
import java.util.Optional;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Item;

/**
 * The promise-versus-delivery view of one canvas under one filter: every promise ranked by value deficit
 * (largest first, promises without feedback last), where the grid is split, the customer items nobody answers,
 * and what feedback there is to filter on.
 *
 * @param unanswered customer items no offering item answers (from {@link FitAnalysis}), most important first
 * @param unpromised customer items answered only by offering items that are not promises, most important first
 * @param nps        the headline voice's Net Promoter Score over all promises
 */
public record GapReport(Canvas canvas, FeedbackFilter filter, Crosshairs crosshairs, List<PromiseGap> promises,
                        List<Item> unanswered, List<Item> unpromised, NetPromoterScore nps, FeedbackFacets facets) {

    public GapReport {
        promises = List.copyOf(promises);
        unanswered = List.copyOf(unanswered);
        unpromised = List.copyOf(unpromised);
    }

    public Optional<PromiseGap> promise(long promiseId) {
        return promises.stream().filter(p -> p.promiseId() == promiseId).findFirst();
    }

    /** Records behind the headline figures. */
    public long headlineRecords() {
        return promises.stream().mapToLong(PromiseGap::n).sum();
    }
}
