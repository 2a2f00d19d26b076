package org.valuebench.domain.history;

import java.util.List;
import java.util.Optional;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The whole of a canvas at one moment, as a version keeps it or as it is now: items, links, promises and targets,
 * factors and ratings (all in {@code content}), the workshop records, and each promise's gap figures. Item ids are
 * the canvas's own, so two snapshots of one canvas match item by item.
 */
public record CanvasSnapshot(CanvasContent content, List<WorkshopRecord> workshops, List<PromiseStanding> gaps) {

    public CanvasSnapshot {
        workshops = List.copyOf(workshops);
        gaps = List.copyOf(gaps);
    }

    public Optional<PromiseStanding> gap(long promiseItemId) {
        return gaps.stream().filter(g -> g.promiseItemId() == promiseItemId).findFirst();
    }
}
