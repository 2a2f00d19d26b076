package org.valuebench.store;

import java.util.Map;
import org.valuebench.domain.CanvasContent;

/**
 * A canvas as read, with the version each of its editable rows had in that read (read in the same statements as
 * the rows themselves), so a later update can tell whether the row changed since.
 */
public record CanvasRead(CanvasContent content, long canvasVersion, Map<Long, Long> itemVersions,
                         Map<Long, Long> factorVersions, Map<RatingCell, Long> ratingVersions) {

    public CanvasRead {
        itemVersions = Map.copyOf(itemVersions);
        factorVersions = Map.copyOf(factorVersions);
        ratingVersions = Map.copyOf(ratingVersions);
    }

    /** The version of the item in this read; an item not on the canvas has none. */
    public long itemVersion(long itemId) {
        Long version = itemVersions.get(itemId);
        if (version == null) {
            throw new IllegalArgumentException("Item " + itemId + " is not on canvas " + content.canvas().id());
        }
        return version;
    }

    /** The version of the factor in this read; a factor not on the canvas has none. */
    public long factorVersion(long factorId) {
        Long version = factorVersions.get(factorId);
        if (version == null) {
            throw new IllegalArgumentException("Factor " + factorId + " is not on canvas " + content.canvas().id());
        }
        return version;
    }

    /** The version of a rating cell in this read: 0 for a cell that was empty. */
    public long ratingVersion(long factorId, long offerId) {
        return ratingVersions.getOrDefault(new RatingCell(factorId, offerId), 0L);
    }
}
