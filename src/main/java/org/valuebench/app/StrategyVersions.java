package org.valuebench.app;

import java.util.HashMap;
import java.util.Map;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.store.CanvasRead;
import org.valuebench.store.RatingCell;
import org.valuebench.store.RowChangedException;
import org.valuebench.store.Workspace;

/**
 * {@link RowVersions} for the strategy canvas's rows, factors and rating cells, which the strategy use cases edit
 * (in their own package, hence public): the version each was <em>shown</em> at, which an edit is checked against,
 * and the version this workbench's own last write <em>left</em>, over which alone undo and redo write. A cell that
 * was shown empty was shown at version 0. See docs/decisions/0010-row-versions.md.
 */
public final class StrategyVersions {
    private final Workspace workspace;
    private final Map<Long, Long> shownFactors = new HashMap<>();
    private final Map<RatingCell, Long> shownRatings = new HashMap<>();
    private final Map<Long, Long> writtenFactors = new HashMap<>();
    private final Map<RatingCell, Long> writtenRatings = new HashMap<>();

    StrategyVersions(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Remembers the versions of the factors and cells in a canvas read that is being shown. */
    void shown(CanvasRead read) {
        // The cells of these factors not in the read were shown empty: forget what they were shown at before.
        shownRatings.keySet().removeIf(cell -> read.factorVersions().containsKey(cell.factorId()));
        shownFactors.putAll(read.factorVersions());
        shownRatings.putAll(read.ratingVersions());
    }

    /** The version an edit of the factor is made from: the one shown, or (never shown) the stored one. */
    public long factorEditBase(long factorId, long storedVersion) {
        return shownFactors.getOrDefault(factorId, storedVersion);
    }

    /** The version an edit of the cell is made from: the one shown (0 when shown empty), or the stored one. */
    public long ratingEditBase(RatingCell cell, long storedVersion) {
        if (!shownFactors.containsKey(cell.factorId())) {
            return storedVersion;
        }
        return shownRatings.getOrDefault(cell, 0L);
    }

    /** The user chose, in a conflict, to go on from the colleague's version of the factor. */
    public void choseFactor(long factorId, long theirVersion) {
        shownFactors.put(factorId, theirVersion);
    }

    /** The user chose, in a conflict, to go on from the colleague's version of the cell. */
    public void choseRating(RatingCell cell, long theirVersion) {
        shownFactors.putIfAbsent(cell.factorId(), workspace.strategy().version(cell.factorId()));
        shownRatings.put(cell, theirVersion);
    }

    /** What this workbench's own last write of the factor left; undo and redo write only over it. */
    public long writtenFactor(long factorId) {
        return writtenFactors.get(factorId);
    }

    public void wroteFactor(long factorId, long version) {
        writtenFactors.put(factorId, version);
    }

    /** What this workbench's own last write of the cell left (0: it cleared it); undo and redo write only over it. */
    public long writtenRating(RatingCell cell) {
        return writtenRatings.get(cell);
    }

    public void wroteRating(RatingCell cell, long version) {
        writtenRatings.put(cell, version);
    }

    /**
     * Before an undo or redo deletes the factor (undo of adding it, redo of deleting it): refused with
     * {@link RowChangedException} when someone changed it after this workbench's own last write of it.
     */
    public void requireWrittenFactor(Workspace in, long factorId) {
        Long written = writtenFactors.get(factorId);
        if (written != null) {
            in.strategy().requireVersion(factorId, written);
        }
    }

    /** A factor put back as a new row (undo of its delete) starts again at version 1. */
    public void restoredFactor(long factorId) {
        writtenFactors.put(factorId, 1L);
    }

    /** Cells put back as new rows (undo of deleting their factor or offer) start again at version 1. */
    public void restoredRatings(Iterable<Rating> ratings) {
        ratings.forEach(r -> writtenRatings.put(new RatingCell(r.factorId(), r.offerId()), 1L));
    }

    /** What a refused undo names: "the factor 'Price'" or "the rating of 'Discounter' on 'Price'". */
    String describe(RowChangedException changed) {
        Factor factor = workspace.strategy().find(changed.id()).orElseThrow();
        String name = "the factor " + MessageText.quote(factor.name());
        if (!changed.isRating()) {
            return name;
        }
        CanvasContent content = workspace.canvases().content(factor.canvasId()).orElseThrow();
        return "the rating of " + offerName(content, changed.offerId()) + " on " + MessageText.quote(factor.name());
    }

    static String offerName(CanvasContent content, long offerId) {
        return content.offers().stream().filter(o -> o.id() == offerId).findFirst().map(Offer::name)
                .map(MessageText::quote).orElse("an offer");
    }
}
