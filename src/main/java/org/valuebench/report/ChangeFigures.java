package org.valuebench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuebench.analysis.DifferentiationAnalysis;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.PromiseStanding;

/**
 * The figures of two snapshots side by side, for the compare view, the command line's {@code diff}, the PDF's
 * changes page and the history's one-line summary: the fit score, unanswered and fluff counts, the total deficit
 * and the differentiation score; each promise's delivered level, gap and deficit (from the snapshots' gap
 * figures, matched through the diff); each factor's standing. Every figure is listed, moved or not.
 */
public final class ChangeFigures {
    public static final String TOTAL_DEFICIT = "Σ deficit over the promises with feedback";

    private ChangeFigures() {
    }

    public static List<FigureChange> of(CanvasSnapshot before, CanvasSnapshot after, Style style) {
        return of(CanvasDiff.between(before, after), before, after, style);
    }

    public static List<FigureChange> of(CanvasDiff diff, CanvasSnapshot before, CanvasSnapshot after, Style style) {
        List<FigureChange> figures = new ArrayList<>();
        FitReport fitBefore = FitAnalysis.of(before.content());
        FitReport fitAfter = FitAnalysis.of(after.content());
        figures.add(fit(fitBefore, fitAfter, style));
        figures.add(count("unanswered", fitBefore.unanswered().size(), fitAfter.unanswered().size(), style));
        figures.add(count("fluff", fitBefore.fluff().size(), fitAfter.fluff().size(), style));
        figures.add(decimals("", "total deficit", totalDeficit(before), totalDeficit(after), TOTAL_DEFICIT, false,
                style));
        DifferentiationReport differentiationBefore = differentiation(before);
        DifferentiationReport differentiationAfter = differentiation(after);
        figures.add(decimals("", "differentiation", differentiationBefore.differentiation(),
                differentiationAfter.differentiation(), StrategyFigures.DIFFERENTIATION, true, style));
        figures.addAll(promises(diff, before, after, style));
        figures.addAll(factors(diff, differentiationBefore, differentiationAfter, style));
        return List.copyOf(figures);
    }

    /** The sum of the promises' deficits; null when no promise has feedback. */
    public static Double totalDeficit(CanvasSnapshot snapshot) {
        List<Double> deficits = snapshot.gaps().stream().map(PromiseStanding::deficit)
                .filter(d -> d != null).toList();
        return deficits.isEmpty() ? null : deficits.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The differentiation analysis with delivery as the snapshot's gap figures had it. */
    public static DifferentiationReport differentiation(CanvasSnapshot snapshot) {
        Map<Long, Double> delivered = new HashMap<>();
        snapshot.gaps().stream().filter(g -> g.delivered() != null)
                .forEach(g -> delivered.put(g.promiseItemId(), g.delivered()));
        return DifferentiationAnalysis.of(snapshot.content(), delivered);
    }

    /** The arrow between a before and an after. */
    public static String arrow(Style style) {
        return style == Style.TERMINAL ? "->" : "→";
    }

    private static FigureChange fit(FitReport before, FitReport after, Style style) {
        Figure a = withText(FitFigures.score(before), FigureFormat.percent(before.fitScore(), style));
        Figure b = withText(FitFigures.score(after), FigureFormat.percent(after.fitScore(), style));
        String change = "";
        if (before.fitScore() != null && after.fitScore() != null && !a.text().equals(b.text())) {
            long points = FigureFormat.percentPoints(after.fitScore()) - FigureFormat.percentPoints(before.fitScore());
            change = FigureFormat.signed((double) points, 0, style) + " pts";
        } else if (!a.text().equals(b.text())) {
            change = a.text() + " " + arrow(style) + " " + b.text();
        }
        return new FigureChange("", "fit score", a, b, change);
    }

    private static FigureChange count(String label, int before, int after, Style style) {
        String formula = label.equals("fluff") ? "offering items that answer nothing" : "customer items nobody answers";
        Figure a = new Figure(label, (double) before, Integer.toString(before), formula, before + " " + label);
        Figure b = new Figure(label, (double) after, Integer.toString(after), formula, after + " " + label);
        return new FigureChange("", label, a, b, before == after ? "" : FigureFormat.signed((double) after - before,
                0, style));
    }

    private static FigureChange decimals(String subject, String label, Double before, Double after, String formula,
                                         boolean signed, Style style) {
        Figure a = decimal(label, before, formula, signed, style);
        Figure b = decimal(label, after, formula, signed, style);
        String change;
        if (a.text().equals(b.text())) {
            change = "";
        } else if (before == null || after == null) {
            change = a.text() + " " + arrow(style) + " " + b.text();
        } else {
            change = FigureFormat.signed(after - before, 2, style);
        }
        return new FigureChange(subject, label, a, b, change);
    }

    private static Figure decimal(String label, Double value, String formula, boolean signed, Style style) {
        if (value == null) {
            return new Figure(label, null, style.none(), formula, "No figure: nothing to compute it from.");
        }
        String text = signed ? FigureFormat.signed(value, 2, style) : FigureFormat.decimal(value, style);
        return new Figure(label, value, text, formula, label + " = " + text);
    }

    private static Figure withText(Figure figure, String text) {
        return new Figure(figure.label(), figure.value(), text, figure.formula(), figure.explanation());
    }

    /** Each promise of either side, the after's first in their order, with its three gap figures. */
    private static List<FigureChange> promises(CanvasDiff diff, CanvasSnapshot before, CanvasSnapshot after,
                                               Style style) {
        Map<Long, Long> afterToBefore = new HashMap<>();
        diff.itemMatch().forEach((a, b) -> afterToBefore.put(b, a));
        Set<Long> beforeShown = new LinkedHashSet<>();
        List<FigureChange> figures = new ArrayList<>();
        for (Item promise : after.content().promises()) {
            Long beforeId = afterToBefore.get(promise.id());
            Optional<PromiseStanding> was = beforeId == null ? Optional.empty() : before.gap(beforeId);
            if (beforeId != null) {
                beforeShown.add(beforeId);
            }
            figures.addAll(promise(promise.text(), was, after.gap(promise.id()), style));
        }
        for (Item promise : before.content().promises()) {
            if (!beforeShown.contains(promise.id())) {
                figures.addAll(promise(promise.text(), before.gap(promise.id()), Optional.empty(), style));
            }
        }
        return figures;
    }

    private static List<FigureChange> promise(String text, Optional<PromiseStanding> before,
                                              Optional<PromiseStanding> after, Style style) {
        return List.of(
                decimals(text, "delivered", before.map(PromiseStanding::delivered).orElse(null),
                        after.map(PromiseStanding::delivered).orElse(null), GapFigures.DELIVERED, false, style),
                decimals(text, "gap", before.map(PromiseStanding::gap).orElse(null),
                        after.map(PromiseStanding::gap).orElse(null), GapFigures.GAP, false, style),
                decimals(text, "deficit", before.map(PromiseStanding::deficit).orElse(null),
                        after.map(PromiseStanding::deficit).orElse(null), GapFigures.DEFICIT, false, style));
    }

    /** Each factor's standing, matched through the diff; a factor on one side only stands nowhere on the other. */
    private static List<FigureChange> factors(CanvasDiff diff, DifferentiationReport before,
                                              DifferentiationReport after, Style style) {
        Map<Long, FactorStanding> beforeById = new HashMap<>();
        before.factors().forEach(s -> beforeById.put(s.factor().id(), s));
        Map<Long, Long> afterToBefore = new HashMap<>();
        diff.factorMatch().forEach((a, b) -> afterToBefore.put(b, a));
        List<FigureChange> figures = new ArrayList<>();
        for (FactorStanding now : after.factors()) {
            Long beforeId = afterToBefore.get(now.factor().id());
            FactorStanding was = beforeId == null ? null : beforeById.remove(beforeId);
            figures.add(standing(now.factor().name(), was, now, style));
        }
        beforeById.values().forEach(was -> figures.add(standing(was.factor().name(), was, null, style)));
        return figures;
    }

    private static FigureChange standing(String name, FactorStanding before, FactorStanding after, Style style) {
        Figure a = before == null ? Figure.none("standing", "margin", "No such factor") : StrategyFigures.standing(before);
        Figure b = after == null ? Figure.none("standing", "margin", "No such factor") : StrategyFigures.standing(after);
        a = withText(a, terminal(before == null ? style.none() : a.text(), style));
        b = withText(b, terminal(after == null ? style.none() : b.text(), style));
        String change = a.text().equals(b.text()) ? "" : a.text() + " " + arrow(style) + " " + b.text();
        return new FigureChange(name, "standing", a, b, change);
    }

    /** The standing's warning sign as the terminal can show it. */
    private static String terminal(String text, Style style) {
        return style == Style.TERMINAL ? text.replace("⚠", "(!)") : text;
    }
}
