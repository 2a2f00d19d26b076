package org.valuebench.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
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
                throw new AppException("A fit link in " + MessageText.quote(source.name())
                        + " points to an item that is not on the canvas");
            }
            links.add(new FitLink(offering, customer));
        }
        workspace.links().addAll(links);
        insertStrategyCopy(workspace, content, canvas.id(), newIds);
        if (!feedback.isEmpty()) {
            try (FeedbackWriter writer = workspace.feedback().writer()) {
                for (Feedback record : feedback) {
                    Long promise = newIds.get(record.promiseItemId());
                    if (promise == null) {
                        throw new AppException("A feedback record in " + MessageText.quote(source.name())
                                + " is on an item that is not on the canvas");
                    }
                    writer.add(record.withId(0).withImport(null).withPromise(canvas.id(), promise));
                }
                writer.finish();
            }
        }
        return workspace.canvases().content(canvas.id()).orElseThrow();
    }

    /** Copies the factors under new ids, pointing at the copied items; anything pointing elsewhere is refused. */
    private static void insertStrategyCopy(Workspace workspace, CanvasContent content, long canvasId,
                                           Map<Long, Long> newItemIds) {
        Strategy strategy = content.strategy();
        String name = content.canvas().name();
        Map<Long, Long> newFactorIds = new HashMap<>();
        int position = 0;
        for (Factor factor : strategy.factors()) {
            long source = factor.hasSource() ? mapped(newItemIds, factor.sourceItemId(), name, "A factor's source") : 0;
            Factor stored = workspace.strategy().insert(factor.withId(0).withCanvas(canvasId).withPosition(position++)
                    .withSource(source));
            newFactorIds.put(factor.id(), stored.id());
        }
        List<FactorLink> links = new ArrayList<>();
        for (FactorLink link : strategy.links()) {
            links.add(new FactorLink(mapped(newFactorIds, link.factorId(), name, "A factor link"),
                    mapped(newItemIds, link.customerItemId(), name, "A factor link")));
        }
        List<Rating> ratings = new ArrayList<>();
        for (Rating rating : strategy.ratings()) {
            long offer = rating.offerId() == Offer.OURS ? Offer.OURS : mapped(newItemIds, rating.offerId(), name, "A rating");
            ratings.add(rating.withIds(mapped(newFactorIds, rating.factorId(), name, "A rating"), offer));
        }
        workspace.strategy().insertAll(new Strategy(List.of(), links, ratings));
    }

    private static long mapped(Map<Long, Long> newIds, long oldId, String canvasName, String what) {
        Long id = newIds.get(oldId);
        if (id == null) {
            throw new AppException(what + " in " + MessageText.quote(canvasName)
                    + " points to an item or factor that is not on the canvas");
        }
        return id;
    }

    /** Puts back a canvas exactly as it was, ids included (undo of a delete, redo of a create). */
    static void restore(Workspace workspace, CanvasContent content) {
        workspace.canvases().insert(content.canvas());
        content.items().forEach(workspace.items()::insert);
        content.links().forEach(workspace.links()::add);
        workspace.strategy().insertAll(content.strategy());
    }
}
