package org.valuebench.ui.strategy;

import static org.valuebench.ui.gaps.figures.GapFigures.shown;

import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.RivalComparison;
import org.valuebench.analysis.Standing;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.ui.fx.GapLabels;
import org.valuebench.ui.gaps.figures.GapFigure;
import org.valuebench.ui.gaps.figures.GapFigures;

/**
 * The Strategy tab's figures as cells: each is a figure of the presentation model
 * ({@link org.valuebench.report.StrategyFigures}), its text in the cell and its formula with the inputs in the
 * tooltip (as the gap view's are).
 */
final class StrategyFigures {

    /** One factor of the differentiation panel. */
    record StandingRow(long factorId, String factor, Standing standing, GapFigure standingText, GapFigure weight,
                       GapFigure ours, GapFigure best, GapFigure margin, GapFigure delivered, boolean promiseNotKept) {
    }

    /** One alternative compared head to head with our offering. */
    record RivalRow(String rival, GapFigure compared, GapFigure margin) {
    }

    private StrategyFigures() {
    }

    static StandingRow row(FactorStanding s, CanvasContent content) {
        return new StandingRow(s.factor().id(), s.factor().name(), s.standing(),
                shown(org.valuebench.report.StrategyFigures.standing(s)),
                shown(org.valuebench.report.StrategyFigures.weight(s, content)),
                shown(org.valuebench.report.StrategyFigures.ours(s)),
                shown(org.valuebench.report.StrategyFigures.best(s, content)),
                shown(org.valuebench.report.StrategyFigures.margin(s)),
                shown(org.valuebench.report.StrategyFigures.delivered(s)), s.promiseNotKept());
    }

    /** The summary line: weighted differentiation and the shares of weight me-too, trailing and leading. */
    static GapFigure summary(DifferentiationReport report) {
        return shown(org.valuebench.report.StrategyFigures.summary(report));
    }

    static RivalRow rival(RivalComparison rival) {
        return new RivalRow(org.valuebench.report.StrategyFigures.rivalName(rival),
                shown(org.valuebench.report.StrategyFigures.compared(rival)),
                shown(org.valuebench.report.StrategyFigures.headToHead(rival)));
    }
}
