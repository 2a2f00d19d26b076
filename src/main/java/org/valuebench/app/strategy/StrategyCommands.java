package org.valuebench.app.strategy;

import java.time.Clock;
import java.util.List;
import org.valuebench.app.AddOrRemoveCommand;
import org.valuebench.app.CanvasEditCommand;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.store.Workspace;

/** Undoable edits of a canvas's strategy: factors, their links, the ratings grid. Each marks the canvas changed. */
final class StrategyCommands {

    private StrategyCommands() {
    }

    static final class AddFactor extends CanvasEditCommand {
        private Factor factor;

        AddFactor(Clock clock, Factor draft) {
            super(clock, draft.canvasId());
            this.factor = draft;
        }

        @Override
        public String label() {
            return "Add factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            factor = workspace.strategy().insert(factor);
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().delete(factor.id());
        }
    }

    static final class EditFactor extends CanvasEditCommand {
        private final Factor before;
        private final Factor after;

        EditFactor(Clock clock, Factor before, Factor after) {
            super(clock, before.canvasId());
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return before.name().equals(after.name()) ? "Change four actions" : "Rename factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            workspace.strategy().update(after);
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().update(before);
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

        DeleteFactor(Clock clock, Factor factor, List<FactorLink> links, List<Rating> ratings) {
            super(clock, factor.canvasId());
            this.factor = factor;
            this.links = List.copyOf(links);
            this.ratings = List.copyOf(ratings);
        }

        @Override
        public String label() {
            return "Delete factor";
        }

        @Override
        protected void edit(Workspace workspace) {
            workspace.strategy().delete(factor.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().insert(factor);
            links.forEach(workspace.strategy()::addLink);
            ratings.forEach(workspace.strategy()::put);
        }
    }

    static final class PutRating extends CanvasEditCommand {
        private final Rating before;
        private final Rating after;

        PutRating(Clock clock, long canvasId, Rating before, Rating after) {
            super(clock, canvasId);
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return before.note().equals(after.note()) ? "Rate" : "Edit rating note";
        }

        @Override
        protected void edit(Workspace workspace) {
            workspace.strategy().put(after);
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().put(before);
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
        private final List<Long> customerItems;
        private Item promise;

        PromiseFromFactor(Clock clock, Factor before, Item draft, List<Long> customerItems) {
            super(clock, before.canvasId());
            this.before = before;
            this.promise = draft;
            this.customerItems = List.copyOf(customerItems);
        }

        @Override
        public String label() {
            return "Make factor a promise";
        }

        @Override
        protected void edit(Workspace workspace) {
            promise = workspace.items().insert(promise);
            customerItems.forEach(id -> workspace.links().add(new FitLink(promise.id(), id)));
            workspace.strategy().update(before.withSource(promise.id()));
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.strategy().update(before);
            workspace.items().delete(promise.id());
        }

        long promiseId() {
            return promise.id();
        }
    }
}
