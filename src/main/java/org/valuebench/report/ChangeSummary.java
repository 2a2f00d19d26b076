package org.valuebench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.ItemChange;
import org.valuebench.domain.history.ItemField;

/**
 * The one line the history list shows for a version, what changed since the one before:
 * "+3 needs, 1 promise target 4→5, fit 62%→71%, deficit −1.2". Cards added and removed per section, promise
 * targets changed, other cards edited, the fit score and the total deficit; parts with nothing to say are left
 * out, and a version where nothing moved reads "no changes".
 */
public final class ChangeSummary {
    public static final String NO_CHANGES = "no changes";

    private ChangeSummary() {
    }

    public static String between(CanvasSnapshot before, CanvasSnapshot after) {
        return between(before, after, Style.SCREEN);
    }

    /** The line in an output's style: the terminal's has ASCII signs and arrows. */
    public static String between(CanvasSnapshot before, CanvasSnapshot after, Style style) {
        String to = ChangeFigures.arrow(style);
        CanvasDiff diff = CanvasDiff.between(before, after);
        List<String> parts = new ArrayList<>();
        for (Section section : Section.values()) {
            int added = diff.addedIn(section).size();
            int removed = diff.removedFrom(section).size();
            if (added > 0) {
                parts.add("+" + added + " " + noun(section, added));
            }
            if (removed > 0) {
                parts.add(style.minus() + removed + " " + noun(section, removed));
            }
        }
        List<ItemChange> targets = diff.changed().stream().filter(ItemChange::targetChanged).toList();
        if (targets.size() == 1) {
            ItemChange one = targets.get(0);
            parts.add("1 promise target " + one.before().promiseTarget() + to + one.after().promiseTarget());
        } else if (targets.size() > 1) {
            parts.add(targets.size() + " promise targets changed");
        }
        long edited = diff.changed().stream()
                .filter(c -> !(c.targetChanged() && c.shownFields().equals(List.of(ItemField.TARGET)))).count();
        if (edited > 0) {
            parts.add(edited + " " + FigureFormat.plural(edited, "card") + " edited");
        }
        String fitBefore = FigureFormat.percent(FitAnalysis.of(before.content()).fitScore(), style);
        String fitAfter = FigureFormat.percent(FitAnalysis.of(after.content()).fitScore(), style);
        if (!fitBefore.equals(fitAfter)) {
            parts.add("fit " + fitBefore + to + fitAfter);
        }
        Double deficitBefore = ChangeFigures.totalDeficit(before);
        Double deficitAfter = ChangeFigures.totalDeficit(after);
        if (deficitBefore != null && deficitAfter != null) {
            String change = FigureFormat.signed(deficitAfter - deficitBefore, 1, style);
            if (!change.matches("0(\\.0)?")) {
                parts.add("deficit " + change);
            }
        } else if (deficitBefore != null || deficitAfter != null) {
            parts.add("deficit " + FigureFormat.decimal(deficitBefore, style) + to
                    + FigureFormat.decimal(deficitAfter, style));
        }
        if (parts.isEmpty() && !diff.isEmpty()) {
            parts.add(other(diff));
        }
        return parts.isEmpty() ? NO_CHANGES : String.join(", ", parts);
    }

    /** When only links, the strategy, the canvas's own fields or workshops changed: say which, briefly. */
    private static String other(CanvasDiff diff) {
        List<String> what = new ArrayList<>();
        if (!diff.linksAdded().isEmpty() || !diff.linksRemoved().isEmpty()) {
            what.add("links");
        }
        if (!diff.factorsAdded().isEmpty() || !diff.factorsRemoved().isEmpty() || !diff.changedFactors().isEmpty()
                || !diff.factorLinksAdded().isEmpty() || !diff.factorLinksRemoved().isEmpty()) {
            what.add("factors");
        }
        if (!diff.ratingsAdded().isEmpty() || !diff.ratingsRemoved().isEmpty() || !diff.ratingsChanged().isEmpty()) {
            what.add("ratings");
        }
        if (!diff.canvasFields().isEmpty()) {
            what.add("canvas " + String.join(" and ", diff.canvasFields()));
        }
        if (!diff.workshopsAdded().isEmpty() || !diff.workshopsRemoved().isEmpty()) {
            what.add("workshops");
        }
        return String.join(", ", what) + " changed";
    }

    private static String noun(Section section, int n) {
        return FigureFormat.plural(n, section.singular().toLowerCase(Locale.ROOT));
    }
}
