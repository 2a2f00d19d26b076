package org.valuebench.ui.gaps.figures;

import static org.valuebench.report.GapFigures.deficit;
import static org.valuebench.report.GapFigures.delivered;
import static org.valuebench.report.GapFigures.importance;
import static org.valuebench.report.GapFigures.n;
import static org.valuebench.report.GapFigures.servqual;
import static org.valuebench.report.GapFigures.target;

import org.valuebench.analysis.Crosshairs;
import org.valuebench.analysis.NetPromoterScore;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Voice;
import org.valuebench.report.Figure;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.Style;

/**
 * The gap view's figures as cells: each is a figure of the presentation model
 * ({@link org.valuebench.report.GapFigures}), its text in the cell and its formula with the inputs in the tooltip.
 */
public final class GapFigures {

    private GapFigures() {
    }

    public static GapRow row(int rank, PromiseGap gap, Voice voice, Crosshairs crosshairs) {
        VoiceFigures f = gap.headline();
        return new GapRow(rank, gap, shown(n(f, voice)), shown(delivered(f, voice)), shown(target(gap)),
                gap(gap, f, voice), ci95(f, voice), shown(importance(gap)), shown(deficit(gap, f, voice)),
                quadrant(gap, crosshairs, voice), shown(servqual(f, voice)), nps(f.nps(), voice.label() + " records"));
    }

    public static GapFigure gap(PromiseGap gap, VoiceFigures f, Voice voice) {
        return shown(org.valuebench.report.GapFigures.gap(gap, f, voice));
    }

    public static GapFigure ci95(VoiceFigures f, Voice voice) {
        return shown(org.valuebench.report.GapFigures.ci95(f, voice));
    }

    public static GapFigure quadrant(PromiseGap gap, Crosshairs crosshairs, Voice voice) {
        return shown(org.valuebench.report.GapFigures.quadrant(gap, crosshairs, voice));
    }

    public static GapFigure nps(NetPromoterScore nps, String whose) {
        return shown(org.valuebench.report.GapFigures.nps(nps, whose));
    }

    /** One voice's delivered score for the voice comparison. */
    public static GapFigure voiceCell(PromiseGap gap, Voice voice) {
        return shown(org.valuebench.report.GapFigures.voiceCell(gap, voice));
    }

    /** Where another voice sees the promise differently from customers; empty when they agree. */
    public static String disagreement(PromiseGap gap) {
        return org.valuebench.report.GapFigures.disagreement(gap);
    }

    /** The voice as a group of people: Customers, Employees, Partners, Community. */
    public static String plural(Voice voice) {
        return org.valuebench.report.GapFigures.plural(voice);
    }

    public static String npsText(double score) {
        return FigureFormat.nps(score);
    }

    public static String two(double value) {
        return FigureFormat.two(value);
    }

    /** Signed with a real minus sign, so a shortfall and a surplus read apart at a glance. */
    public static String signed(double value) {
        return FigureFormat.signed(value, 2, Style.SCREEN);
    }

    /** A figure of the model as a cell shows it: the text, and the explanation in its tooltip. */
    public static GapFigure shown(Figure figure) {
        return new GapFigure(figure.text(), figure.explanation());
    }
}
