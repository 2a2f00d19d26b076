package org.valuebench.io;

import java.util.List;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * What a canvas file holds: the canvas, and the feedback records on its promises when the file carries them.
 * As read, ids are local to the file: items are numbered 1, 2, ... in file order, each record's
 * {@link Feedback#promiseItemId()} is the local id of its promise, and every canvas id is 0.
 *
 * @param feedback  the records in file order; empty when the file has none
 * @param workshops the canvas's workshops, oldest first, with ids local to the file (see {@code WorkshopsReader});
 *                  empty when the file has none
 */
public record CanvasDocument(CanvasContent content, List<Feedback> feedback, List<WorkshopRecord> workshops,
                             CanvasHistory history) {

    public CanvasDocument {
        feedback = List.copyOf(feedback);
        workshops = List.copyOf(workshops);
    }

    public CanvasDocument(CanvasContent content, List<Feedback> feedback, List<WorkshopRecord> workshops) {
        this(content, feedback, workshops, null);
    }

    public CanvasDocument(CanvasContent content, List<Feedback> feedback) {
        this(content, feedback, List.of());
    }

    /** The canvas's versions when the file carries them (format 5), else empty. */
    public java.util.Optional<CanvasHistory> versions() {
        return java.util.Optional.ofNullable(history);
    }
}
