package org.valuebench.app.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.store.Workspace;

/**
 * Makes a canvas hold exactly the given content, in the caller's transaction: items that are on both keep their
 * row (so their feedback is not touched) and take the content's text, fields and place; items only in the content
 * come back under their own ids where those are free; items only on the canvas go, their feedback parked so undo
 * can bring it back. Links and the strategy are replaced whole. Workshops are the caller's.
 */
final class CanvasReplacement {
    private CanvasReplacement() {
    }

    /** What one replacement did that its undo needs: the feedback parked with the items that went. */
    record Done(List<Long> parkedFeedback, CanvasContent stored) {
    }

    static Done replace(Workspace ws, long canvasId, CanvasContent target, Instant now) {
        List<Item> current = ws.items().byCanvas(canvasId);
        Set<Long> currentIds = new HashSet<>();
        current.forEach(i -> currentIds.add(i.id()));
        Map<Long, Long> ids = new HashMap<>();
        // New items first, so no id freed below can be handed to one of them.
        for (Item item : target.items()) {
            Item mine = item.withCanvas(canvasId);
            if (currentIds.contains(item.id())) {
                ws.items().update(mine);
                ids.put(item.id(), item.id());
            } else {
                boolean taken = ws.items().find(item.id()).isPresent();
                ids.put(item.id(), ws.items().insert(taken ? mine.withId(0) : mine).id());
            }
        }
        List<Long> parked = new ArrayList<>();
        for (Item item : current) {
            if (!ids.containsKey(item.id())) {
                if (item.isOffering()) {
                    parked.add(ws.feedback().parkPromise(item.id()));
                }
                ws.items().delete(item.id());
            }
        }
        for (Section section : Section.values()) {
            List<Item> in = target.itemsIn(section);
            for (int i = 0; i < in.size(); i++) {
                ws.items().place(ids.get(in.get(i).id()), section, i);
            }
        }
        ws.links().removeAllOfCanvas(canvasId);
        ws.links().addAll(target.links().stream()
                .map(l -> new FitLink(ids.get(l.offeringItemId()), ids.get(l.customerItemId()))).toList());
        replaceStrategy(ws, canvasId, target.strategy(), ids);
        Canvas header = target.canvas();
        ws.canvases().update(new Canvas(canvasId, header.name(), header.segment(), header.offering(), header.notes(),
                ws.canvases().find(canvasId).orElseThrow().created(), now), ws.canvases().version(canvasId));
        return new Done(parked, ws.canvases().content(canvasId).orElseThrow());
    }

    private static void replaceStrategy(Workspace ws, long canvasId, Strategy target, Map<Long, Long> items) {
        for (Factor factor : ws.strategy().byCanvas(canvasId).factors()) {
            ws.strategy().delete(factor.id()); // its links and ratings go with it
        }
        Map<Long, Long> factors = new HashMap<>();
        int position = 0;
        for (Factor factor : target.factors()) {
            boolean taken = ws.strategy().find(factor.id()).isPresent();
            Factor mine = factor.withCanvas(canvasId).withPosition(position++)
                    .withSource(factor.hasSource() ? items.get(factor.sourceItemId()) : 0);
            factors.put(factor.id(), ws.strategy().insert(taken ? mine.withId(0) : mine).id());
        }
        List<FactorLink> links = target.links().stream()
                .map(l -> new FactorLink(factors.get(l.factorId()), items.get(l.customerItemId()))).toList();
        List<Rating> ratings = target.ratings().stream().map(r -> r.withIds(factors.get(r.factorId()),
                r.offerId() == Offer.OURS ? Offer.OURS : items.get(r.offerId()))).toList();
        ws.strategy().insertAll(new Strategy(List.of(), links, ratings));
    }
}
