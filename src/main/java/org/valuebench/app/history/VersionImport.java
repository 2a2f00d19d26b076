package org.valuebench.app.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.app.AppException;
import org.valuebench.app.UndoableCommand;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.io.CanvasHistory;
import org.valuebench.store.Workspace;

/**
 * A canvas file's history stored with the canvas the file was imported as, in the import's transaction: every
 * version is read before anything is written (a damaged one refuses the whole import), then stored with the new
 * canvas's ids: an item still on the canvas gets its new id; one the canvas no longer has gets an id above every
 * item's of the workspace, the same in every version, so versions still match each other item by item.
 */
public final class VersionImport implements UndoableCommand {
    private final UndoableCommand addCanvas;
    private final CanvasHistory history;
    private final List<CanvasSnapshot> snapshots = new ArrayList<>();
    private boolean stored;

    /**
     * @param addCanvas the import of the canvas itself, which returns the new canvas's id
     * @param source    names the file in messages
     * @throws AppException naming the version when one cannot be read
     */
    public VersionImport(UndoableCommand addCanvas, CanvasHistory history, String source) {
        this.addCanvas = addCanvas;
        this.history = history;
        for (int i = 0; i < history.versions().size(); i++) {
            CanvasHistory.Version v = history.versions().get(i);
            snapshots.add(VersionContent.decode(v.content(), source + ": history.versions[" + i + "].content"
                    + " (version " + v.number() + " " + org.valuebench.domain.MessageText.quote(v.name()) + ")"));
        }
    }

    @Override
    public String label() {
        return addCanvas.label();
    }

    @Override
    public long apply(Workspace ws) {
        long canvasId = addCanvas.apply(ws);
        if (!stored) {
            store(ws, canvasId);
            stored = true; // from here on undo and redo keep the versions with the canvas (CanvasWorkshopRows)
        }
        return canvasId;
    }

    @Override
    public long revert(Workspace ws) {
        return addCanvas.revert(ws);
    }

    private void store(Workspace ws, long canvasId) {
        CanvasContent now = ws.canvases().content(canvasId).orElseThrow();
        Map<Long, Long> ids = new HashMap<>();
        List<Item> inFileOrder = new ArrayList<>();
        for (Section section : Section.values()) {
            inFileOrder.addAll(now.itemsIn(section));
        }
        for (int i = 0; i < inFileOrder.size(); i++) {
            ids.put(history.itemIds().get(i), inFileOrder.get(i).id());
        }
        long[] next = {ws.items().maxId()};
        Map<Long, Long> factors = new HashMap<>();
        long[] nextFactor = {ws.strategy().maxId()};
        for (int i = 0; i < snapshots.size(); i++) {
            CanvasSnapshot s = snapshots.get(i);
            java.util.function.LongUnaryOperator item = id -> ids.computeIfAbsent(id, k -> ++next[0]);
            java.util.function.LongUnaryOperator factor = id -> factors.computeIfAbsent(id, k -> ++nextFactor[0]);
            CanvasContent c = s.content();
            Strategy st = c.strategy();
            CanvasContent mapped = new CanvasContent(c.canvas().withId(canvasId),
                    c.items().stream().map(x -> x.withId(item.applyAsLong(x.id())).withCanvas(canvasId)).toList(),
                    c.links().stream().map(l -> new FitLink(item.applyAsLong(l.offeringItemId()),
                            item.applyAsLong(l.customerItemId()))).toList(),
                    new Strategy(st.factors().stream().map(f -> f.withId(factor.applyAsLong(f.id())).withCanvas(canvasId)
                            .withSource(f.hasSource() ? item.applyAsLong(f.sourceItemId()) : 0)).toList(),
                            st.links().stream().map(l -> new FactorLink(factor.applyAsLong(l.factorId()),
                                    item.applyAsLong(l.customerItemId()))).toList(),
                            st.ratings().stream().map(r -> r.withIds(factor.applyAsLong(r.factorId()),
                                    r.offerId() == Offer.OURS ? Offer.OURS : item.applyAsLong(r.offerId()))).toList()));
            List<WorkshopRecord> workshops = s.workshops().stream().map(r -> new WorkshopRecord(r.workshop(),
                    r.steps(), r.participants(),
                    r.contributions().stream().map(x -> new Contribution(x.id(), item.applyAsLong(x.itemId()),
                            x.stepId(), x.participantId(), x.hidden())).toList(), r.votes(),
                    r.dots().stream().map(d -> new Dot(d.id(), d.voteId(), item.applyAsLong(d.itemId()), d.ballot(),
                            d.participantId(), d.count())).toList(),
                    r.decisions().stream().map(d -> new Decision(d.id(), d.workshopId(), d.voteId(),
                            item.applyAsLong(d.itemId()), d.kind(), d.value())).toList())).toList();
            List<org.valuebench.domain.history.PromiseStanding> gaps = s.gaps().stream()
                    .map(g -> new org.valuebench.domain.history.PromiseStanding(item.applyAsLong(g.promiseItemId()),
                            g.n(), g.delivered(), g.gap(), g.deficit())).toList();
            CanvasHistory.Version v = history.versions().get(i);
            ws.versions().insertNumbered(canvasId, v.number(), v.name(), v.cause(), v.author(), v.takenAt(),
                    v.summary(), VersionContent.encode(mapped, workshops, gaps));
        }
    }
}
