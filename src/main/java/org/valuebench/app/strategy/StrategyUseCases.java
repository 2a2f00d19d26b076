package org.valuebench.app.strategy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.StrategyVersions;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.store.RatingCell;
import org.valuebench.store.RowChangedException;
import org.valuebench.store.Versioned;

/**
 * The strategy canvas of a canvas: competing factors, the ratings grid, the four actions and the
 * differentiation analysis. Every edit is an undoable command on the workbench's one history; confined to the
 * database thread like the workbench. Edits return the canvas's new state with no item focused. An edit of a
 * factor or a rating cell is made from the version the user was shown: when a colleague changed it since, it is
 * refused with an {@link EditConflictException} carrying both versions, and nothing is written.
 */
public final class StrategyUseCases {
    /** New promises made from the four actions grid go here: a factor is something the customer gets. */
    static final Section PROMISE_SECTION = Section.BENEFITS;
    private final Workbench workbench;
    private final GapUseCases gaps;

    public StrategyUseCases(Workbench workbench, GapUseCases gaps) {
        this.workbench = workbench;
        this.gaps = gaps;
    }

    // ---- factors

    /** Adds a free factor at {@code index} (a negative index appends). */
    public Change addFactor(long canvasId, String name, int index) {
        workbench.canvas(canvasId);
        return addFactor(valid(() -> Factor.draft(canvasId, name)), index);
    }

    /** One click turns a promise or customer item into a factor named after it. */
    public Change addFactorFrom(long itemId, int index) {
        CanvasContent content = canvasOfItem(itemId);
        Item item = content.item(itemId).orElseThrow();
        if (item.section().group() == Section.COMPETITORS.group()) {
            throw new AppException("Competitors and substitutes are the offers compared on the factors, not factors");
        }
        content.strategy().factors().stream().filter(f -> f.sourceItemId() == itemId).findFirst().ifPresent(f -> {
            throw new AppException(MessageText.quote(item.text()) + " is already the factor "
                    + MessageText.quote(f.name()));
        });
        return addFactor(Factor.from(item), index);
    }

    private Change addFactor(Factor draft, int index) {
        int position = index < 0 ? FeedbackUseCases.read(() -> workbench.workspace().strategy().count(draft.canvasId()))
                : index;
        return workbench.execute(new StrategyCommands.AddFactor(workbench.clock(), draft.withPosition(position),
                versions()), 0);
    }

    public Change renameFactor(long factorId, String name) {
        Versioned<Factor> stored = storedFactor(factorId);
        return editFactor(stored, valid(() -> stored.row().withName(name)));
    }

    /** Puts the factor on the four actions grid (or takes it off with {@link FourAction#NONE}) with a note. */
    public Change setAction(long factorId, FourAction action, String note) {
        Versioned<Factor> stored = storedFactor(factorId);
        return editFactor(stored, valid(() -> stored.row().withAction(action, note)));
    }

    /** {@code stored} is the row as stored now; the edit is made from the version of it the user was shown. */
    private Change editFactor(Versioned<Factor> stored, Factor after) {
        Factor before = stored.row();
        if (before.equals(after)) {
            return workbench.show(before.canvasId());
        }
        long base = versions().factorEditBase(after.id(), stored.version());
        if (base != stored.version()) {
            throw factorConflict(after, stored);
        }
        try {
            return workbench.execute(new StrategyCommands.EditFactor(workbench.clock(), before, after, base,
                    versions()), 0);
        } catch (AppException e) {
            if (e.getCause() instanceof RowChangedException) { // a colleague committed between check and write
                throw factorConflict(after, storedFactor(after.id()));
            }
            throw e;
        }
    }

    /** Keep mine writes the user's name, action and note over the colleague's version, as an edit made from it. */
    private EditConflictException factorConflict(Factor mine, Versioned<Factor> theirs) {
        return EditConflictException.ofFactor(mine, theirs.row(), theirs.version(), () -> {
            versions().choseFactor(mine.id(), theirs.version());
            Versioned<Factor> now = storedFactor(mine.id());
            return editFactor(now, now.row().withName(mine.name()).withAction(mine.action(), mine.actionNote()));
        });
    }

    public Change moveFactor(long factorId, int index) {
        Factor factor = factor(factorId);
        int last = FeedbackUseCases.read(() -> workbench.workspace().strategy().count(factor.canvasId())) - 1;
        int target = Math.max(0, Math.min(index, last));
        if (target == factor.position()) {
            return workbench.show(factor.canvasId());
        }
        return workbench.execute(new StrategyCommands.MoveFactor(workbench.clock(), factor, target), 0);
    }

    public Change deleteFactor(long factorId) {
        Factor factor = factor(factorId);
        Strategy strategy = workbench.canvas(factor.canvasId()).strategy();
        List<FactorLink> links = strategy.links().stream().filter(l -> l.factorId() == factorId).toList();
        List<Rating> ratings = strategy.ratings().stream().filter(r -> r.factorId() == factorId).toList();
        return workbench.execute(new StrategyCommands.DeleteFactor(workbench.clock(), factor, links, ratings,
                versions()), 0);
    }

    /** Links a factor to a customer item it matters through, which weights it by that item's importance. */
    public Change linkFactor(long factorId, long customerItemId) {
        return changeLink(factorId, customerItemId, true);
    }

    public Change unlinkFactor(long factorId, long customerItemId) {
        return changeLink(factorId, customerItemId, false);
    }

    private Change changeLink(long factorId, long customerItemId, boolean add) {
        Factor factor = factor(factorId);
        CanvasContent content = workbench.canvas(factor.canvasId());
        Item item = content.item(customerItemId).orElseThrow(() -> new AppException(
                "Item " + customerItemId + " is not on the factor's canvas"));
        if (!item.isCustomer()) {
            throw new AppException("A factor matters through customer items (wants, needs, fears), not "
                    + MessageText.quote(item.text()));
        }
        FactorLink link = new FactorLink(factorId, customerItemId);
        if (content.strategy().links().contains(link) == add) {
            return workbench.show(factor.canvasId());
        }
        return workbench.execute(new StrategyCommands.ChangeFactorLink(workbench.clock(), factor.canvasId(), link, add), 0);
    }

    // ---- ratings

    /** Rates an offer on a factor, 1-5, or {@link Rating#UNKNOWN} to blank the score; the cell's note stays. */
    public Change rate(long factorId, long offerId, int score) {
        Versioned<Rating> stored = rating(factorId, offerId);
        return putRating(stored, valid(() -> new Rating(factorId, offerId, score, stored.row().note())));
    }

    /** Sets the evidence note of a cell; its score stays. */
    public Change noteRating(long factorId, long offerId, String note) {
        Versioned<Rating> stored = rating(factorId, offerId);
        return putRating(stored, valid(() -> new Rating(factorId, offerId, stored.row().score(), note)));
    }

    /** As {@link #editFactor}: made from the version of the cell the user was shown (0 when shown empty). */
    private Change putRating(Versioned<Rating> stored, Rating after) {
        Rating before = stored.row();
        long canvasId = factor(before.factorId()).canvasId();
        if (before.equals(after)) {
            return workbench.show(canvasId);
        }
        RatingCell cell = new RatingCell(after.factorId(), after.offerId());
        long base = versions().ratingEditBase(cell, stored.version());
        if (base != stored.version()) {
            throw ratingConflict(canvasId, after, stored);
        }
        try {
            return workbench.execute(new StrategyCommands.PutRating(workbench.clock(), canvasId, before, after, base,
                    versions()), 0);
        } catch (AppException e) {
            if (e.getCause() instanceof RowChangedException) {
                throw ratingConflict(canvasId, after, rating(after.factorId(), after.offerId()));
            }
            throw e;
        }
    }

    private EditConflictException ratingConflict(long canvasId, Rating mine, Versioned<Rating> theirs) {
        CanvasContent content = workbench.canvas(canvasId);
        String offer = content.offers().stream().filter(o -> o.id() == mine.offerId()).findFirst()
                .map(Offer::name).orElse("the offer");
        String factor = factor(mine.factorId()).name();
        return EditConflictException.ofRating(mine, theirs.row(), theirs.version(), canvasId, offer, factor, () -> {
            RatingCell cell = new RatingCell(mine.factorId(), mine.offerId());
            versions().choseRating(cell, theirs.version());
            return putRating(rating(mine.factorId(), mine.offerId()), mine);
        });
    }

    /** The cell as stored now with its version (0 when empty); refused for an offer not on the factor's canvas. */
    private Versioned<Rating> rating(long factorId, long offerId) {
        CanvasContent content = workbench.canvas(factor(factorId).canvasId());
        if (content.offers().stream().noneMatch(o -> o.id() == offerId)) {
            throw new AppException("Offer " + offerId + " is neither the canvas's own offering nor one of its"
                    + " competitors or substitutes");
        }
        return FeedbackUseCases.read(() -> workbench.workspace().strategy().rating(factorId, offerId));
    }

    // ---- four actions to promises

    /**
     * Adds a promise to the canvas for a raise or create factor: named after it, targeted one above the best
     * alternative (and above our own rating), answering the customer items the factor matters through.
     */
    public Change promiseFromFactor(long factorId) {
        Versioned<Factor> stored = storedFactor(factorId);
        Factor factor = stored.row();
        if (!factor.action().asksForMore()) {
            throw new AppException("Only factors to raise or create can become promises; "
                    + MessageText.quote(factor.name()) + " is " + factor.action().title().toLowerCase());
        }
        CanvasContent content = workbench.canvas(factor.canvasId());
        content.item(factor.sourceItemId()).filter(Item::promise).ifPresent(p -> {
            throw new AppException(MessageText.quote(factor.name()) + " is already the promise "
                    + MessageText.quote(p.text()));
        });
        FactorStanding standing = differentiation(content).factors().stream()
                .filter(s -> s.factor().id() == factorId).findFirst().orElseThrow();
        int target = promiseTarget(standing);
        String note = "From the four actions grid: " + factor.action().title().toLowerCase()
                + (factor.actionNote().isEmpty() ? "." : ". " + factor.actionNote());
        Item draft = valid(() -> Item.draft(factor.canvasId(), PROMISE_SECTION, factor.name())
                .withNotes(note).withPromise(true, target)
                .at(PROMISE_SECTION, content.itemsIn(PROMISE_SECTION).size()));
        List<Long> customerItems = DifferentiationAnalysis.customerItems(content, factor).stream().sorted().toList();
        StrategyCommands.PromiseFromFactor command =
                new StrategyCommands.PromiseFromFactor(workbench.clock(), factor, stored.version(), draft, customerItems,
                        versions());
        Change change = workbench.execute(command, 0);
        return new Change(change.library(), change.canvas(), command.promiseId(), change.undo());
    }

    static int promiseTarget(FactorStanding standing) {
        int target = Limits.DEFAULT_PROMISE_TARGET;
        if (standing.bestAlternative() != null) {
            target = standing.bestAlternative() + 1;
        }
        if (standing.ours() != null) {
            target = Math.max(target, standing.ours() + 1);
        }
        return Math.max(Limits.MIN_LEVEL, Math.min(Limits.MAX_LEVEL, target));
    }

    // ---- analysis

    /** The differentiation analysis of the canvas, with delivery from its customers' feedback where there is some. */
    public DifferentiationReport differentiation(long canvasId) {
        return differentiation(workbench.canvas(canvasId));
    }

    public DifferentiationReport differentiation(CanvasContent content) {
        boolean needsDelivery = !content.strategy().isEmpty() && !content.promises().isEmpty();
        return differentiation(content,
                needsDelivery ? gaps.report(content, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS) : null);
    }

    /**
     * The same analysis from the gap report of the canvas's unfiltered feedback that the caller has already made
     * (a PDF or Markdown export shows both), so the feedback is not read and analysed twice.
     *
     * @param unfiltered the canvas's gap report, unfiltered; null when the canvas has no feedback
     */
    public DifferentiationReport differentiation(CanvasContent content, GapReport unfiltered) {
        Map<Long, Double> delivered = new HashMap<>();
        if (unfiltered != null) {
            for (PromiseGap gap : unfiltered.promises()) {
                if (gap.delivered() != null) {
                    delivered.put(gap.promiseId(), gap.delivered());
                }
            }
        }
        return DifferentiationAnalysis.of(content, delivered);
    }

    private Factor factor(long factorId) {
        return FeedbackUseCases.read(() -> workbench.workspace().strategy().find(factorId))
                .orElseThrow(() -> new AppException("There is no factor with id " + factorId
                        + " (it may have been deleted)"));
    }

    private Versioned<Factor> storedFactor(long factorId) {
        return FeedbackUseCases.read(() -> workbench.workspace().strategy().findVersioned(factorId))
                .orElseThrow(() -> new AppException("There is no factor with id " + factorId
                        + " (it may have been deleted)"));
    }

    private StrategyVersions versions() {
        return workbench.strategyVersions();
    }

    private CanvasContent canvasOfItem(long itemId) {
        Item item = FeedbackUseCases.read(() -> workbench.workspace().items().find(itemId))
                .orElseThrow(() -> new AppException("There is no item with id " + itemId + " (it may have been deleted)"));
        return workbench.canvas(item.canvasId());
    }

    /** Domain rules refuse bad names and levels; callers see the app's own exception. */
    private static <T> T valid(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
