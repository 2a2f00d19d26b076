package org.valuebench.domain;

import java.util.Objects;

/**
 * One sticky note on a canvas. Customer items carry an importance; offering items can be a promise with a
 * target level. Fields that do not apply to the item's section keep their defaults, and an item moved to
 * another group takes the defaults there ({@link #movedTo}), so a value never silently changes meaning.
 */
public record Item(
        long id,
        long canvasId,
        Section section,
        int position,
        String text,
        String notes,
        ColourTag colour,
        String author,
        int importance,
        boolean promise,
        int promiseTarget) {

    public Item {
        Objects.requireNonNull(section, "section");
        text = Limits.requiredText("Item text", text, Limits.MAX_ITEM_TEXT);
        notes = Limits.optionalText("Item notes", notes, Limits.MAX_NOTES);
        author = Limits.optionalText("Author", author, Limits.MAX_AUTHOR);
        colour = colour == null ? ColourTag.NONE : colour;
        Limits.level("Importance", importance);
        Limits.level("Promise target", promiseTarget);
        if (promise && !section.isOffering()) {
            throw new InvalidInputException("Only offering items (features, benefits, experience) can be promises");
        }
        if (position < 0) {
            throw new InvalidInputException("Position must not be negative");
        }
    }

    /** A new item with defaults, not yet stored (id 0). */
    public static Item draft(long canvasId, Section section, String text) {
        return new Item(0, canvasId, section, 0, text, "", ColourTag.NONE, "",
                Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET);
    }

    public boolean isCustomer() {
        return section.isCustomer();
    }

    public boolean isOffering() {
        return section.isOffering();
    }

    public Item withId(long newId) {
        return new Item(newId, canvasId, section, position, text, notes, colour, author, importance, promise, promiseTarget);
    }

    public Item withCanvas(long newCanvasId) {
        return new Item(id, newCanvasId, section, position, text, notes, colour, author, importance, promise, promiseTarget);
    }

    public Item withText(String newText) {
        return new Item(id, canvasId, section, position, newText, notes, colour, author, importance, promise, promiseTarget);
    }

    public Item withNotes(String newNotes) {
        return new Item(id, canvasId, section, position, text, newNotes, colour, author, importance, promise, promiseTarget);
    }

    public Item withColour(ColourTag newColour) {
        return new Item(id, canvasId, section, position, text, notes, newColour, author, importance, promise, promiseTarget);
    }

    public Item withAuthor(String newAuthor) {
        return new Item(id, canvasId, section, position, text, notes, colour, newAuthor, importance, promise, promiseTarget);
    }

    public Item withImportance(int newImportance) {
        return new Item(id, canvasId, section, position, text, notes, colour, author, newImportance, promise, promiseTarget);
    }

    public Item withPromise(boolean newPromise, int newTarget) {
        return new Item(id, canvasId, section, position, text, notes, colour, author, importance, newPromise, newTarget);
    }

    public Item at(Section newSection, int newPosition) {
        if (!section.canMoveTo(newSection)) {
            throw new InvalidInputException("An item of " + section.title() + " cannot move to " + newSection.title()
                    + ": items move only within " + section.group().title());
        }
        return new Item(id, canvasId, newSection, newPosition, text, notes, colour, author, importance, promise, promiseTarget);
    }

    /**
     * The item in any section: within its group as {@link #at}; in another group, its importance and promise
     * become the defaults there (an importance means nothing for a feature, a promise nothing for a want).
     */
    public Item movedTo(Section newSection, int newPosition) {
        if (section.canMoveTo(newSection)) {
            return at(newSection, newPosition);
        }
        return new Item(id, canvasId, newSection, newPosition, text, notes, colour, author,
                Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET);
    }
}
