package org.valuebench.domain;

import java.time.Instant;
import java.util.Objects;

/** A value proposition canvas: who it is for, what it offers, and when it was made and last changed. */
public record Canvas(long id, String name, String segment, String offering, String notes, Instant created, Instant updated) {

    public Canvas {
        name = Limits.requiredText("Canvas name", name, Limits.MAX_NAME);
        segment = Limits.optionalText("Customer segment", segment, Limits.MAX_NAME);
        offering = Limits.optionalText("Offering", offering, Limits.MAX_NAME);
        notes = Limits.optionalText("Canvas notes", notes, Limits.MAX_NOTES);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }

    public static Canvas draft(String name, Instant now) {
        return new Canvas(0, name, "", "", "", now, now);
    }

    public Canvas withId(long newId) {
        return new Canvas(newId, name, segment, offering, notes, created, updated);
    }

    public Canvas withName(String newName) {
        return new Canvas(id, newName, segment, offering, notes, created, updated);
    }

    public Canvas withInfo(String newName, String newSegment, String newOffering, String newNotes) {
        return new Canvas(id, newName, newSegment, newOffering, newNotes, created, updated);
    }

    public Canvas withUpdated(Instant when) {
        return new Canvas(id, name, segment, offering, notes, created, when);
    }
}
