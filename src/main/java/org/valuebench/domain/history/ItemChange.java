package org.valuebench.domain.history;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.valuebench.domain.Item;

/** One card in both snapshots, before and after, and which of its fields differ. */
public record ItemChange(Item before, Item after) {

    public ItemChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** Every field that differs, the position included. */
    public Set<ItemField> fields() {
        Set<ItemField> fields = EnumSet.noneOf(ItemField.class);
        if (!before.text().equals(after.text())) {
            fields.add(ItemField.TEXT);
        }
        if (before.section() != after.section()) {
            fields.add(ItemField.SECTION);
        }
        if (before.importance() != after.importance()) {
            fields.add(ItemField.IMPORTANCE);
        }
        if (before.promise() != after.promise()) {
            fields.add(ItemField.PROMISE);
        }
        if (before.promiseTarget() != after.promiseTarget()) {
            fields.add(ItemField.TARGET);
        }
        if (before.colour() != after.colour()) {
            fields.add(ItemField.COLOUR);
        }
        if (!before.notes().equals(after.notes())) {
            fields.add(ItemField.NOTES);
        }
        if (!before.author().equals(after.author())) {
            fields.add(ItemField.AUTHOR);
        }
        if (before.position() != after.position()) {
            fields.add(ItemField.POSITION);
        }
        return fields;
    }

    /** The fields a user calls a change (all but the position), in a fixed order. */
    public List<ItemField> shownFields() {
        return fields().stream().filter(ItemField::shown).toList();
    }

    /** Whether the card changed as a user sees it, not merely moved within its column. */
    public boolean isShown() {
        return !shownFields().isEmpty();
    }

    /** Whether the target changed on a card that is a promise after the change. */
    public boolean targetChanged() {
        return after.promise() && before.promise() && before.promiseTarget() != after.promiseTarget();
    }
}
