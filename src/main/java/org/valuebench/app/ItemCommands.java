package org.valuebench.app;

import java.time.Clock;
import java.util.List;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.store.StrategyRepository;
import org.valuebench.store.Workspace;

/** Undoable edits of items and fit links. Each one also marks its canvas as changed. */
final class ItemCommands {

    private ItemCommands() {
    }

    /** The fit link between two items of one canvas, given in either order; refused for any other pair. */
    static FitLink fitLink(Item first, Item second) {
        if (first.canvasId() != second.canvasId()) {
            throw new AppException("Only items on the same canvas can be linked");
        }
        if (first.isOffering() && second.isCustomer()) {
            return new FitLink(first.id(), second.id());
        }
        if (first.isCustomer() && second.isOffering()) {
            return new FitLink(second.id(), first.id());
        }
        throw new AppException("A fit link joins an offering item (feature, benefit, experience) to a customer"
                + " item (want, need, fear)");
    }

    static final class AddItem extends CanvasEditCommand {
        private Item item;
        private final RowVersions versions;

        AddItem(Clock clock, Item draft, RowVersions versions) {
            super(clock, draft.canvasId());
            this.item = draft;
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Add " + item.section().title().toLowerCase() + " item";
        }

        @Override
        protected void edit(Workspace workspace) {
            item = workspace.items().insert(item);
            versions.wroteItem(workspace, item.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.requireWrittenItem(workspace, item.id());
            workspace.items().delete(item.id());
        }

        long itemId() {
            return item.id();
        }
    }

    /**
     * The edit writes only over the version the user was shown; its undo and redo only over the version this
     * workbench's own last write of the item left, so none of them overwrites a colleague's change made since.
     */
    static final class EditItem extends CanvasEditCommand {
        private final Item before;
        private final Item after;
        private final long shownVersion;
        private final RowVersions versions;
        private boolean applied;

        EditItem(Clock clock, Item before, Item after, long shownVersion, RowVersions versions) {
            super(clock, before.canvasId());
            this.before = before;
            this.after = after;
            this.shownVersion = shownVersion;
            this.versions = versions;
        }

        @Override
        public String label() {
            if (!before.text().equals(after.text())) {
                return "Edit text";
            }
            if (before.importance() != after.importance()) {
                return "Change importance";
            }
            if (before.promise() != after.promise() || before.promiseTarget() != after.promiseTarget()) {
                return "Change promise";
            }
            if (before.colour() != after.colour()) {
                return "Change colour";
            }
            return before.notes().equals(after.notes()) ? "Change author" : "Edit notes";
        }

        @Override
        protected void edit(Workspace workspace) {
            long from = applied ? versions.writtenItem(after.id()) : shownVersion;
            versions.wroteItem(after.id(), workspace.items().update(after, from));
            applied = true;
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.wroteItem(before.id(), workspace.items().update(before, versions.writtenItem(before.id())));
        }
    }

    static final class DeleteItem extends CanvasEditCommand {
        private final Item item;
        private final List<FitLink> links;
        private final RowVersions versions;
        private boolean applied;

        DeleteItem(Clock clock, Item item, List<FitLink> links, RowVersions versions) {
            super(clock, item.canvasId());
            this.item = item;
            this.links = List.copyOf(links);
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Delete item";
        }

        private long parkedFeedback;
        private StrategyRepository.ItemTrace strategyTrace;
        private List<Contribution> contributions = List.of();
        private List<Dot> dots = List.of();
        private List<Decision> decisions = List.of();

        @Override
        protected void edit(Workspace workspace) {
            // Only a redo checks: the first time is a new edit of what the user was shown.
            if (applied) {
                versions.requireWrittenItem(workspace, item.id());
            }
            applied = true;
            // Deleting a promise deletes its feedback; park it so undo can bring it back.
            parkedFeedback = workspace.feedback().parkPromise(item.id());
            strategyTrace = workspace.strategy().traceOf(item.id());
            // A workshop's record of the card (who gave it, its dots, what was decided) goes with it and comes back.
            contributions = workspace.workshops().contributionsOfItem(item.id());
            dots = workspace.workshopVotes().dotsOnItem(item.id());
            decisions = workspace.workshopVotes().decisionsOnItem(item.id());
            workspace.items().delete(item.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            workspace.items().insert(item);
            versions.wroteItem(workspace, item.id());
            links.forEach(workspace.links()::add);
            workspace.strategy().restore(item.id(), strategyTrace);
            versions.strategy().restoredRatings(strategyTrace.ratings());
            workspace.feedback().unpark(parkedFeedback);
            contributions.forEach(workspace.workshops()::insertContribution);
            dots.forEach(workspace.workshopVotes()::insertDot);
            decisions.forEach(workspace.workshopVotes()::insertDecision);
        }
    }

    static final class MoveItem extends CanvasEditCommand {
        private final Item before;
        private final Section section;
        private final int index;
        private final RowVersions versions;
        private boolean applied;

        MoveItem(Clock clock, Item before, Section section, int index, RowVersions versions) {
            super(clock, before.canvasId());
            this.before = before;
            this.section = section;
            this.index = index;
            this.versions = versions;
        }

        @Override
        public String label() {
            return before.section() == section ? "Reorder item" : "Move item to " + section.title();
        }

        @Override
        protected void edit(Workspace workspace) {
            // Only a redo checks: the first time is a new edit of what the user was shown.
            if (applied) {
                versions.requireWrittenItem(workspace, before.id());
            }
            applied = true;
            workspace.items().move(before.id(), section, index);
            versions.wroteItem(workspace, before.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.requireWrittenItem(workspace, before.id());
            workspace.items().move(before.id(), before.section(), before.position());
            versions.wroteItem(workspace, before.id());
        }
    }

    /** A move into another group: the links go, the importance and promise take the defaults; undo restores all. */
    static final class MoveAcross extends CanvasEditCommand {
        private final Item before;
        private final List<FitLink> links;
        private final Section section;
        private final int index;
        private final RowVersions versions;
        private boolean applied;

        MoveAcross(Clock clock, Item before, List<FitLink> links, Section section, int index, RowVersions versions) {
            super(clock, before.canvasId());
            this.before = before;
            this.links = List.copyOf(links);
            this.section = section;
            this.index = index;
            this.versions = versions;
        }

        @Override
        public String label() {
            return "Move item to " + section.title();
        }

        @Override
        protected void edit(Workspace workspace) {
            // Only a redo checks: the first time is a new edit of what the user was shown.
            if (applied) {
                versions.requireWrittenItem(workspace, before.id());
            }
            applied = true;
            links.forEach(workspace.links()::remove);
            workspace.items().move(before.id(), section, index);
            versions.wroteItem(workspace, before.id());
        }

        @Override
        protected void restore(Workspace workspace) {
            versions.requireWrittenItem(workspace, before.id());
            workspace.items().move(before.id(), before.section(), before.position());
            workspace.items().update(before);
            versions.wroteItem(workspace, before.id());
            links.forEach(workspace.links()::add);
        }
    }

    static final class ChangeLink extends AddOrRemoveCommand {
        private final FitLink link;

        ChangeLink(Clock clock, long canvasId, FitLink link, boolean add) {
            super(clock, canvasId, add);
            this.link = link;
        }

        @Override
        public String label() {
            return add ? "Link items" : "Unlink items";
        }

        @Override
        protected void present(Workspace workspace, boolean present) {
            if (present) {
                workspace.links().add(link);
            } else {
                workspace.links().remove(link);
            }
        }
    }
}
