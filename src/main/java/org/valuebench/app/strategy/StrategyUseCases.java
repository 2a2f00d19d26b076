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

/**
 * The strategy canvas of a canvas: competing factors, the ratings grid, the four actions and the
 * differentiation analysis. Every edit is an undoable command on the workbench's one history; confined to the
 * database thread like the workbench. Edits return the canvas's new state with no item focused.
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
        return workbench.execute(new StrategyCommands.AddFactor(workbench.clock(), draft.withPosition(position)), 0);
    }

    public Change renameFactor(long factorId, String name) {
        Factor before = factor(factorId);
        return editFactor(before, valid(() -> before.withName(name)));
    }

    /** Puts the factor on the four actions grid (or takes it off with {@link FourAction#NONE}) with a note. */
    public Change setAction(long factorId, FourAction action, String note) {
        Factor before = factor(factorId);
        return editFactor(before, valid(() -> before.withAction(action, note)));
    }

    private Change editFactor(Factor before, Factor after) {
        if (before.equals(after)) {
            return workbench.show(before.canvasId());
        }
        return workbench.execute(new StrategyCommands.EditFactor(workbench.clock(), before, after), 0);
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
        return workbench.execute(new StrategyCommands.DeleteFactor(workbench.clock(), factor, links, ratings), 0);
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
        Rating before = rating(factorId, offerId);
        return putRating(before, valid(() -> new Rating(factorId, offerId, score, before.note())));
    }

    /** Sets the evidence note of a cell; its score stays. */
    public Change noteRating(long factorId, long offerId, String note) {
        Rating before = rating(factorId, offerId);
        return putRating(before, valid(() -> new Rating(factorId, offerId, before.score(), note)));
    }

    private Change putRating(Rating before, Rating after) {
        long canvasId = factor(before.factorId()).canvasId();
        if (before.equals(after)) {
            return workbench.show(canvasId);
        }
        return workbench.execute(new StrategyCommands.PutRating(workbench.clock(), canvasId, before, after), 0);
    }

    private Rating rating(long factorId, long offerId) {
        CanvasContent content = workbench.canvas(factor(factorId).canvasId());
        if (content.offers().stream().noneMatch(o -> o.id() == offerId)) {
            throw new AppException("Offer " + offerId + " is neither the canvas's own offering nor one of its"
                    + " competitors or substitutes");
        }
        return content.strategy().rating(factorId, offerId);
    }

    // ---- four actions to promises

    /**
     * Adds a promise to the canvas for a raise or create factor: named after it, targeted one above the best
     * alternative (and above our own rating), answering the customer items the factor matters through.
     */
    public Change promiseFromFactor(long factorId) {
        Factor factor = factor(factorId);
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
                new StrategyCommands.PromiseFromFactor(workbench.clock(), factor, draft, customerItems);
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
        Map<Long, Double> delivered = new HashMap<>();
        if (!content.strategy().isEmpty() && !content.promises().isEmpty()) {
            GapReport report = gaps.report(content, FeedbackFilter.NONE, CrosshairMode.MIDPOINTS);
            for (PromiseGap gap : report.promises()) {
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
