package org.valuebench.domain.history;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Factor;

/**
 * One competing factor in both snapshots. {@code sourceMoved} says whether its source item is a different card
 * (compared through the item matching, so two canvases' ids do not count as a change).
 */
public record FactorChange(Factor before, Factor after, boolean sourceMoved) {

    /** What differs as a user sees it: "name", "action", "note", "source"; the position is not a change. */
    public List<String> shownFields() {
        List<String> fields = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            fields.add("name");
        }
        if (before.action() != after.action()) {
            fields.add("action");
        }
        if (!before.actionNote().equals(after.actionNote())) {
            fields.add("note");
        }
        if (sourceMoved) {
            fields.add("source");
        }
        return List.copyOf(fields);
    }

    public boolean isShown() {
        return !shownFields().isEmpty();
    }
}
