package org.valuebench.ui.strategy;

import static org.valuebench.ui.strategy.ListReplacement.replace;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The differentiation analysis of the shown canvas, asked for on the database thread (it needs the feedback's
 * delivered levels) and shown as the panel's rows, the rivals and the summary. One query at a time: a change
 * while one runs asks once more when it answers, and while the tab is hidden the query waits until it shows.
 */
final class DifferentiationQuery {
    private final WorkbenchViewModel workbench;
    private final BooleanSupplier active;
    private final Runnable delivered;

    private final ReadOnlyObjectWrapper<DifferentiationReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StrategyFigures.StandingRow> standings = FXCollections.observableArrayList();
    private final ObservableList<StrategyFigures.RivalRow> rivals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GapFigure> summary =
            new ReadOnlyObjectWrapper<>(StrategyFigures.summary(null));
    private Map<Long, Double> deliveredByFactor = Map.of();
    private boolean stale = true;
    private boolean querying;
    private boolean queryAgain;

    /**
     * @param active    whether the tab shows
     * @param delivered told when an answer brings new delivered levels
     */
    DifferentiationQuery(WorkbenchViewModel workbench, BooleanSupplier active, Runnable delivered) {
        this.workbench = workbench;
        this.active = active;
        this.delivered = delivered;
    }

    ReadOnlyObjectProperty<DifferentiationReport> report() {
        return report.getReadOnlyProperty();
    }

    ObservableList<StrategyFigures.StandingRow> standings() {
        return standings;
    }

    ObservableList<StrategyFigures.RivalRow> rivals() {
        return rivals;
    }

    ReadOnlyObjectProperty<GapFigure> summary() {
        return summary.getReadOnlyProperty();
    }

    /** Our delivered level per factor id, from the latest answer; factors without feedback are missing. */
    Map<Long, Double> deliveredByFactor() {
        return deliveredByFactor;
    }

    /** A new canvas: nothing analysed yet. */
    void clear() {
        deliveredByFactor = Map.of();
        report.set(null);
        standings.clear();
        rivals.clear();
        summary.set(StrategyFigures.summary(null));
    }

    /** The tab shows again: asks for the analysis if a change came while it was hidden. */
    void queryIfStale() {
        if (stale) {
            query();
        }
    }

    void query() {
        if (!active.getAsBoolean()) {
            stale = true;
            return;
        }
        stale = false;
        if (querying) {
            queryAgain = true;
            return;
        }
        CanvasContent content = workbench.canvas().orElse(null);
        if (content == null) {
            return;
        }
        querying = true;
        queryAgain = false;
        workbench.onDatabase(s -> StrategyViewModel.strategy(s).differentiation(content), result -> {
            querying = false;
            if (queryAgain) {
                query();
            } else if (content.canvas().id() == workbench.canvasId()) {
                show(content, result);
            }
        }, error -> {
            querying = false;
            workbench.reportFailure("Strategy", error);
        });
    }

    private void show(CanvasContent content, DifferentiationReport result) {
        report.set(result);
        replace(standings, result.factors().stream().map(s -> StrategyFigures.row(s, content)).toList());
        replace(rivals, result.rivals().stream().map(StrategyFigures::rival).toList());
        summary.set(StrategyFigures.summary(result));
        Map<Long, Double> levels = new HashMap<>();
        for (FactorStanding s : result.factors()) {
            if (s.delivered() != null) {
                levels.put(s.factor().id(), s.delivered());
            }
        }
        deliveredByFactor = Map.copyOf(levels);
        delivered.run();
    }
}
