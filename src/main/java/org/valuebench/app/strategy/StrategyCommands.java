package org.valuebench.app.strategy;

import java.time.Clock;
import java.util.List;
import org.valuebench.app.AddOrRemoveCommand;
import org.valuebench.app.CanvasEditCommand;
import org.valuebench.app.StrategyVersions;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.store.RatingCell;
import org.valuebench.store.Workspace;

/**
 * Undoable edits of a canvas's strategy: factors, their links, the ratings grid. Each marks the canvas changed.
 * Edits of a factor or a rating write only over the version the user was shown, their undo and redo only over the
 * version this workbench's own last write left ({@link StrategyVersions}); moves and links carry no version.
 */
final class StrategyCommands {

    private StrategyCommands() {
    }

    static final class AddFactor extends CanvasEditCommand {
        private Factor factor;
        private final StrategyVersions versions;

        AddFactor(Clock clock, Factor draft, StrategyVersions versions) {
            super(clock, draft.canvasId());
            this.factor = draft;
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Add factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            factor = workspace.strategy().insert(factor);
            versions.restoredFactor(factor.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.requireWrittenFactor(workspace, factor.id());
            workspace.strategy().delete(factor.id());
        }
    }

    static final class EditFactor extends CanvasEditCommand {
        private final Factor before;
        private final Factor after;
        private final long shownVersion;
        private final StrategyVersions versions;
        private boolean applied;

        EditFactor(Clock clock, Factor before, Factor after, long shownVersion, StrategyVersions versions) {
            super(clock, before.canvasId());
            this.before = before;
            this.after = after;
            this.shownVersion = shownVersion;
            this.versions = versions;
        }

        @Override
        public String label() {
            return before.name().equals(after.name()) ? "Change four actions" : "Rename factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            long from = applied ? versions.writtenFactor(after.id()) : shownVersion;
            versions.wroteFactor(after.id(), workspace.strategy().update(after, from));
            applied = true;
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.wroteFactor(before.id(), workspace.strategy().update(before, versions.writtenFactor(before.id())));
        }
    }

    static final class MoveFactor extends CanvasEditCommand {
        private final Factor before;
        private final int index;

        MoveFactor(Clock clock, Factor before, int index) {
            super(clock, before.canvasId());
            this.before = before;
            this.index = index;
        }

        @Override
        public String label() {
            return "Reorder factors";
        }

        @Override
        protected void edit(Workspace workspace) {
            workspace.strategy().move(before.id(), index);
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().move(before.id(), before.position());
        }
    }

    static final class DeleteFactor extends CanvasEditCommand {
        private final Factor factor;
        private final List<FactorLink> links;
        private final List<Rating> ratings;
        private final StrategyVersions versions;
        private boolean applied;

        DeleteFactor(Clock clock, Factor factor, List<FactorLink> links, List<Rating> ratings,
                     StrategyVersions versions) {
            super(clock, factor.canvasId());
            this.factor = factor;
            this.links = List.copyOf(links);
            this.ratings = List.copyOf(ratings);
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Delete factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            if (applied) {
                versions.requireWrittenFactor(workspace, factor.id()); // a redo: not over a colleague's change
            }
            workspace.strategy().delete(factor.id());
            applied = true;
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().insert(factor);
            links.forEach(workspace.strategy()::addLink);
            ratings.forEach(workspace.strategy()::put);
            versions.restoredFactor(factor.id());
            versions.restoredRatings(ratings);
        }
    }

    static final class PutRating extends CanvasEditCommand {
        private final Rating before;
        private final Rating after;
        private final RatingCell cell;
        private final long shownVersion;
        private final StrategyVersions versions;
        private boolean applied;

        PutRating(Clock clock, long canvasId, Rating before, Rating after, long shownVersion, StrategyVersions versions) {
            super(clock, canvasId);
            this.before = before;
            this.after = after;
            this.cell = new RatingCell(after.factorId(), after.offerId());
            this.shownVersion = shownVersion;
            this.versions = versions;
        }

        @Override
        public String label() {
            return before.note().equals(after.note()) ? "Rate" : "Edit rating note";
        }

        @Override
        protected void edit(Workspace workspace) {
            long from = applied ? versions.writtenRating(cell) : shownVersion;
            versions.wroteRating(cell, workspace.strategy().put(after, from));
            applied = true;
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.wroteRating(cell, workspace.strategy().put(before, versions.writtenRating(cell)));
        }
    }

    static final class ChangeFactorLink extends AddOrRemoveCommand {
        private final FactorLink link;

        ChangeFactorLink(Clock clock, long canvasId, FactorLink link, boolean add) {
            super(clock, canvasId, add);
            this.link = link;
        }

        @Override
        public String label() {
            return add ? "Link factor" : "Unlink factor";
        }

        @Override
        protected void present(Workspace workspace, boolean present) {
            if (present) {
                workspace.strategy().addLink(link);
            } else {
                workspace.strategy().removeLink(link);
            }
        }
    }

    /**
     * Turns a raise or create factor into a promise on the canvas: the new promise answers the customer items
     * the factor matters through, and becomes the factor's source so its delivery shows on the strategy canvas.
     */
    static final class PromiseFromFactor extends CanvasEditCommand {
        private final Factor before;
        private final long readVersion;
        private final List<Long> customerItems;
        private final StrategyVersions versions;
        private Item promise;
        private boolean applied;

        PromiseFromFactor(Clock clock, Factor before, long readVersion, Item draft, List<Long> customerItems,
                          StrategyVersions versions) {
            super(clock, before.canvasId());
            this.before = before;
            this.readVersion = readVersion;
            this.promise = draft;
            this.customerItems = List.copyOf(customerItems);
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Make factor a promise";
        }

        @Override
        protected void edit(Workspace workspace) {
            promise = workspace.items().insert(promise);
            customerItems.forEach(id -> workspace.links().add(new FitLink(promise.id(), id)));
            long from = applied ? versions.writtenFactor(before.id()) : readVersion;
            versions.wroteFactor(before.id(), workspace.strategy().update(before.withSource(promise.id()), from));
            applied = true;
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.wroteFactor(before.id(), workspace.strategy().update(before, versions.writtenFactor(before.id())));
            workspace.items().delete(promise.id());
        }

        long promiseId() {
            return promise.id();
        }
    }
}
