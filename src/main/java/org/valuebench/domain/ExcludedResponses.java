package org.valuebench.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many responses of each kind an import or a preview left out (see {@link ResponseKind}).
 *
 * @param complete whether every row of the file was counted; a preview may count only the rows it read
 */
public record ExcludedResponses(Map<ResponseKind, Long> counts, boolean complete) {
    public static final ExcludedResponses NONE = new ExcludedResponses(Map.of(), true);

    public ExcludedResponses {
        EnumMap<ResponseKind, Long> copy = new EnumMap<>(ResponseKind.class);
        counts.forEach((kind, n) -> {
            if (n > 0) {
                copy.put(kind, n);
            }
        });
        counts = Map.copyOf(copy);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    /**
     * E.g. "Left out 2 survey previews and 3 unfinished responses (include them in the mapping)"; blank when
     * none were.
     */
    public String describe() {
        if (isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (ResponseKind kind : ResponseKind.values()) {
            long n = counts.getOrDefault(kind, 0L);
            if (n > 0) {
                parts.add(kind.count(n));
            }
        }
        String list = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Left out " + (complete ? "" : "at least ") + list + " (not customers' feedback; the mapping can"
                + " include them)";
    }
}
