package org.valuebench.domain;

import java.util.Objects;

/**
 * A competing factor: one attribute customers compare offers on (price, stock, ritual...). It may come from
 * an item on the canvas (a promise or a customer item), whose id it keeps in {@code sourceItemId} (0 for a
 * free factor), and sits on the four actions grid with a note saying why.
 */
public record Factor(long id, long canvasId, int position, String name, long sourceItemId, FourAction action,
                     String actionNote) {

    public Factor {
        name = Limits.requiredText("Factor name", name, Limits.MAX_NAME);
        actionNote = Limits.optionalText("Four-actions note", actionNote, Limits.MAX_NOTES);
        action = Objects.requireNonNullElse(action, FourAction.NONE);
        if (position < 0) {
            throw new InvalidInputException("Position must not be negative");
        }
    }

    /** A new free factor, not yet stored (id 0). */
    public static Factor draft(long canvasId, String name) {
        return new Factor(0, canvasId, 0, name, 0, FourAction.NONE, "");
    }

    /**
     * A factor named after a canvas item. Item text may be longer than a factor name, so it is cut at a
     * word boundary and marked with an ellipsis rather than refused.
     */
    public static Factor from(Item item) {
        return new Factor(0, item.canvasId(), 0, shortName(item.text()), item.id(), FourAction.NONE, "");
    }

    static String shortName(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= Limits.MAX_NAME) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, Limits.MAX_NAME - 1));
        int space = cut.lastIndexOf(' ');
        return (space > Limits.MAX_NAME / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    public boolean hasSource() {
        return sourceItemId != 0;
    }

    public Factor withId(long newId) {
        return new Factor(newId, canvasId, position, name, sourceItemId, action, actionNote);
    }

    public Factor withCanvas(long newCanvasId) {
        return new Factor(id, newCanvasId, position, name, sourceItemId, action, actionNote);
    }

    public Factor withPosition(int newPosition) {
        return new Factor(id, canvasId, newPosition, name, sourceItemId, action, actionNote);
    }

    public Factor withName(String newName) {
        return new Factor(id, canvasId, position, newName, sourceItemId, action, actionNote);
    }

    public Factor withSource(long newSourceItemId) {
        return new Factor(id, canvasId, position, name, newSourceItemId, action, actionNote);
    }

    public Factor withAction(FourAction newAction, String newNote) {
        return new Factor(id, canvasId, position, name, sourceItemId, newAction, newNote);
    }
}
