package org.valuebench.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.FeedbackWriter;
import org.valuebench.store.Workspace;

/** Writes a whole canvas at once: as a copy with new ids, or restored with the ids it had. */
final class CanvasWriter {

    private CanvasWriter() {
    }

    /** Stores a copy of {@code content} under new ids, named {@code name}; returns what was stored. */
    static CanvasContent insertCopy(Workspace workspace, CanvasContent content, String name, Instant now) {
        return insertCopy(workspace, content, List.of(), name, now);
    }

    /**
     * Stores a copy of {@code content} and of the feedback on its promises under new ids, in the caller's
     * transaction; each record's promise id is an item id of {@code content}. Returns the stored canvas.
     */
    static CanvasContent insertCopy(Workspace workspace, CanvasContent content, List<Feedback> feedback, String name,
                                    Instant now) {
        Canvas source = content.canvas();
        Canvas canvas = workspace.canvases().insert(new Canvas(0, name, source.segment(), source.offering(),
                source.notes(), now, now));
        // Each item goes to the end of its section, in the order given, as appending them one by one would.
        int[] nextPosition = new int[Section.values().length];
        List<Item> copies = new ArrayList<>(content.items().size());
        for (Item item : content.items()) {
            copies.add(item.withId(0).withCanvas(canvas.id()).at(item.section(), nextPosition[item.section().ordinal()]++));
        }
        long[] ids = workspace.items().insertAllNew(copies);
        Map<Long, Long> newIds = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            newIds.put(content.items().get(i).id(), ids[i]);
        }
        List<FitLink> links = new ArrayList<>(content.links().size());
        for (FitLink link : content.links()) {
            Long offering = newIds.get(link.offeringItemId());
            Long customer = newIds.get(link.customerItemId());
            if (offering == null || customer == null) {
                throw new AppException("A fit link in '" + source.name() + "' points to an item that is not on the canvas");
            }
            links.add(new FitLink(offering, customer));
        }
        workspace.links().addAll(links);
        if (!feedback.isEmpty()) {
            try (FeedbackWriter writer = workspace.feedback().writer()) {
                for (Feedback record : feedback) {
                    Long promise = newIds.get(record.promiseItemId());
                    if (promise == null) {
                        throw new AppException("A feedback record in '" + source.name()
                                + "' is on an item that is not on the canvas");
                    }
                    writer.add(record.withId(0).withImport(null).withPromise(canvas.id(), promise));
                }
                writer.finish();
            }
        }
        return workspace.canvases().content(canvas.id()).orElseThrow();
    }

    /** Puts back a canvas exactly as it was, ids included (undo of a delete, redo of a create). */
    static void restore(Workspace workspace, CanvasContent content) {
        workspace.canvases().insert(content.canvas());
        content.items().forEach(workspace.items()::insert);
        content.links().forEach(workspace.links()::add);
    }
}
