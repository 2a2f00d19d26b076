package org.valuebench.ui.strategy;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.valuebench.app.Change;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FourAction;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The Strategy tab's edits. Each skips a factor that is gone and a change that changes nothing; the rest go
 * through the window's model, so they run on the database thread and join its one undo history.
 */
final class StrategyEdits {
    private final WorkbenchViewModel workbench;
    private final StrategyLists lists;
    private final StrategySelection selection;

    StrategyEdits(WorkbenchViewModel workbench, StrategyLists lists, StrategySelection selection) {
        this.workbench = workbench;
        this.lists = lists;
        this.selection = selection;
    }

    void addFactor(String name) {
        long canvasId = workbench.canvasId();
        if (canvasId == 0 || name == null || name.isBlank()) {
            return;
        }
        Set<Long> before = lists.factorIds();
        edit(s -> s.addFactor(canvasId, name, -1), change -> selectNewFactor(before));
    }

    void addFactorFrom(long itemId) {
        Set<Long> before = lists.factorIds();
        edit(s -> s.addFactorFrom(itemId, -1), change -> selectNewFactor(before));
    }

    void renameFactor(long factorId, String name) {
        Optional<Factor> factor = factor(factorId);
        if (factor.isEmpty() || name == null || name.strip().equals(factor.get().name())) {
            return;
        }
        edit(s -> s.renameFactor(factorId, name), null);
    }

    void deleteFactor(long factorId) {
        if (factor(factorId).isPresent()) {
            edit(s -> s.deleteFactor(factorId), null);
        }
    }

    void moveFactor(long factorId, int index) {
        Optional<Factor> factor = factor(factorId);
        if (factor.isPresent() && index != factor.get().position() && index >= 0 && index < lists.rows().size()) {
            edit(s -> s.moveFactor(factorId, index), null);
        }
    }

    void moveSelected(int delta) {
        factor(selection.factorId().get()).ifPresent(f -> moveFactor(f.id(), f.position() + delta));
    }

    void rate(long factorId, long offerId, int score) {
        Optional<StrategyRow> row = lists.row(factorId);
        if (row.isEmpty() || row.get().cell(offerId).score() == score) {
            return;
        }
        edit(s -> s.rate(factorId, offerId, score), null);
    }

    void noteRating(long factorId, long offerId, String note) {
        Optional<StrategyRow> row = lists.row(factorId);
        String text = note == null ? "" : note.strip();
        if (row.isEmpty() || row.get().cell(offerId).note().equals(text)) {
            return;
        }
        edit(s -> s.noteRating(factorId, offerId, text), null);
    }

    void setAction(long factorId, FourAction action, String note) {
        Optional<Factor> factor = factor(factorId);
        String text = note == null ? "" : note.strip();
        if (factor.isEmpty() || factor.get().action() == action && factor.get().actionNote().equals(text)) {
            return;
        }
        edit(s -> s.setAction(factorId, action, text), null);
    }

    void setAction(long factorId, FourAction action) {
        factor(factorId).ifPresent(f -> setAction(factorId, action, f.actionNote()));
    }

    void setLinked(long factorId, long customerItemId, boolean linked) {
        if (factor(factorId).isEmpty()) {
            return;
        }
        edit(s -> linked ? s.linkFactor(factorId, customerItemId) : s.unlinkFactor(factorId, customerItemId), null);
    }

    void makePromise(long factorId) {
        edit(s -> s.promiseFromFactor(factorId), change -> change.canvas()
                .flatMap(c -> c.item(change.focusItemId()))
                .ifPresent(p -> workbench.notice("Added the promise “" + p.text() + "” to " + p.section().title()
                        + " with target " + p.promiseTarget() + "; it is selected on the Canvas tab")));
    }

    private void edit(Function<StrategyUseCases, Change> work, Consumer<Change> onDone) {
        workbench.edit(s -> work.apply(StrategyViewModel.strategy(s)), onDone,
                error -> workbench.failed("Strategy", error));
    }

    private void selectNewFactor(Set<Long> before) {
        lists.rows().stream().map(StrategyRow::factorId).filter(id -> !before.contains(id)).findFirst()
                .ifPresent(id -> selection.select(id, selection.offerId().get()));
    }

    private Optional<Factor> factor(long factorId) {
        return lists.factor(factorId);
    }
}
