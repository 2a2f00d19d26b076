package org.valuebench.ui.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.Crosshairs;
import org.valuebench.analysis.Evidence;
import org.valuebench.analysis.NetPromoterScore;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.Quadrant;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;

/**
 * Turns the gap analysis into the texts the gap view shows, each with the formula and the inputs behind it,
 * so every number on screen can explain itself in a tooltip.
 */
public final class GapFigures {
    /** Voices whose delivered scores differ by at least this much (on the 1-5 scale) disagree. */
    static final double DISAGREEMENT = 0.5;

    private GapFigures() {
    }

    static GapRow row(int rank, PromiseGap gap, Voice voice, Crosshairs crosshairs) {
        VoiceFigures f = gap.headline();
        String records = records(f.n(), voice);
        return new GapRow(rank, gap, n(f, voice), delivered(f, voice), target(gap), gap(gap, f, voice),
                ci95(f, voice), importance(gap), deficit(gap, f, voice), quadrant(gap, crosshairs, voice),
                servqual(f, voice), nps(f.nps(), records));
    }

    static GapFigure n(VoiceFigures f, Voice voice) {
        long n = f.n();
        String count = String.format(Locale.ROOT, "%,d", n);
        String base = "n = " + count + " " + voice.label() + " record" + (n == 1 ? "" : "s") + " under the filter";
        return switch (Evidence.of(n)) {
            case NONE -> new GapFigure("0", base + ": no figures yet");
            case THIN -> new GapFigure(count + " thin", base + ": thin evidence (fewer than " + Evidence.THIN_BELOW
                    + "), read the figures with care");
            case ENOUGH -> new GapFigure(count, base);
        };
    }

    static GapFigure delivered(VoiceFigures f, Voice voice) {
        if (f.delivered() == null) {
            return GapFigure.empty(noRecords(voice));
        }
        double mean = f.delivered();
        String sd = f.sd() == null ? "" : "\nsd = " + two(f.sd()) + " (sample standard deviation)";
        return new GapFigure(two(mean), "delivered = mean of s5 = Σ s5 / n = " + two(mean * f.n()) + " / " + f.n()
                + " = " + two(mean) + "\ns5 = 1 + 4 × (score − min) / (max − min): every score on the 1–5 scale" + sd);
    }

    static GapFigure target(PromiseGap gap) {
        return new GapFigure(Integer.toString(gap.target()), "target = " + gap.target()
                + ": the level the canvas promises (1–5), set in the promise's details");
    }

    static GapFigure gap(PromiseGap gap, VoiceFigures f, Voice voice) {
        if (f.gap() == null) {
            return GapFigure.empty(noRecords(voice));
        }
        double g = f.gap();
        String sense = g > 0 ? "delivery falls short of the promise" : "the promise is kept";
        return new GapFigure(signed(g), "gap = target − delivered = " + gap.target() + " − " + two(f.delivered()) + " = "
                + signed(g) + " (" + sense + ")");
    }

    static GapFigure ci95(VoiceFigures f, Voice voice) {
        ConfidenceInterval ci = f.ci95();
        if (ci == null) {
            return GapFigure.empty(f.n() == 0 ? noRecords(voice)
                    : "95% CI needs at least 2 records; there is " + f.n());
        }
        double half = ci.halfWidth();
        String t = f.sd() != null && f.sd() > 0 ? three(half * Math.sqrt(f.n()) / f.sd()) : "t";
        return new GapFigure(two(ci.low()) + "–" + two(ci.high()), "95% CI = delivered ± t(0.975, n − 1) × sd / √n"
                + "\n= " + two(f.delivered()) + " ± " + t + " × " + two(f.sd()) + " / √" + f.n() + " = " + two(f.delivered())
                + " ± " + two(half) + "\nStudent's t with " + (f.n() - 1) + " degrees of freedom");
    }

    static GapFigure importance(PromiseGap gap) {
        List<Item> linked = gap.linkedCustomerItems();
        if (linked.isEmpty()) {
            return new GapFigure(Integer.toString(gap.importance()), "importance = " + gap.importance()
                    + ": the promise answers no customer item, so its own importance counts");
        }
        String items = linked.stream().map(i -> i.text() + " (" + i.importance() + ")")
                .collect(Collectors.joining(", "));
        return new GapFigure(Integer.toString(gap.importance()), "importance = highest importance of the customer items"
                + " it answers = max(" + items + ") = " + gap.importance());
    }

    static GapFigure deficit(PromiseGap gap, VoiceFigures f, Voice voice) {
        if (f.deficit() == null) {
            return GapFigure.empty(noRecords(voice));
        }
        return new GapFigure(two(f.deficit()), "deficit = importance × max(0, gap) = " + gap.importance()
                + " × max(0, " + gap.target() + " − " + two(f.delivered()) + ") = " + two(f.deficit()));
    }

    static GapFigure quadrant(PromiseGap gap, Crosshairs crosshairs, Voice voice) {
        Quadrant q = gap.quadrant();
        if (q == null) {
            return GapFigure.empty(noRecords(voice));
        }
        boolean important = gap.importance() >= crosshairs.importance();
        boolean performing = gap.delivered() > crosshairs.performance();
        return new GapFigure(q.title(), q.title() + ": " + q.meaning() + "\nimportance " + gap.importance()
                + (important ? " ≥ " : " < ") + two(crosshairs.importance()) + " and delivered " + two(gap.delivered())
                + (performing ? " > " : " ≤ ") + two(crosshairs.performance()) + " (crosshairs at "
                + crosshairsName(crosshairs) + ")");
    }

    static GapFigure servqual(VoiceFigures f, Voice voice) {
        if (f.servqual() == null) {
            return GapFigure.empty(f.n() == 0 ? noRecords(voice) : "No " + voice.label()
                    + " record carries an expectation, so there is no SERVQUAL score");
        }
        String sense = f.servqual() < 0 ? "negative: delivery fell short of what was expected"
                : "delivery met or beat what was expected";
        return new GapFigure(signed(f.servqual()), "SERVQUAL = mean(s5 − e5) over the " + f.servqualN()
                + " records with an expectation = " + signed(f.servqual()) + " (" + sense + ")");
    }

    static GapFigure nps(NetPromoterScore nps, String whose) {
        Double score = nps.score();
        if (score == null) {
            return GapFigure.empty("No " + whose + " on the 0–10 scale, so there is no Net Promoter Score");
        }
        return new GapFigure(npsText(score), "NPS = % promoters (9–10) − % detractors (0–6) = "
                + percent(nps.promoters(), nps.respondents()) + " − " + percent(nps.detractors(), nps.respondents())
                + " = " + npsText(score) + "\nover " + nps.respondents() + " answers on 0–10: " + nps.promoters()
                + " promoters, " + nps.passives() + " passives, " + nps.detractors() + " detractors");
    }

    /** One voice's delivered score for the voice comparison. */
    static GapFigure voiceCell(PromiseGap gap, Voice voice) {
        VoiceFigures f = gap.voice(voice);
        if (f == null || f.delivered() == null) {
            return GapFigure.empty("No " + voice.label() + " record on this promise under the filter");
        }
        return new GapFigure(two(f.delivered()) + "  (n " + f.n() + ")", voice.label() + ": " + delivered(f, voice)
                .explanation() + "\ngap = " + gap.target() + " − " + two(f.delivered()) + " = " + signed(f.gap()));
    }

    /**
     * Where another voice sees the promise differently from customers, e.g. "employees rate it 1.20 higher";
     * empty when they agree within {@link #DISAGREEMENT} or there is nothing to compare.
     */
    static String disagreement(PromiseGap gap) {
        VoiceFigures customer = gap.voice(Voice.CUSTOMER);
        if (customer == null || customer.delivered() == null) {
            return "";
        }
        List<String> notes = new ArrayList<>();
        for (Voice voice : Voice.values()) {
            VoiceFigures other = gap.voice(voice);
            if (voice == Voice.CUSTOMER || other == null || other.delivered() == null) {
                continue;
            }
            double difference = other.delivered() - customer.delivered();
            if (Math.abs(difference) >= DISAGREEMENT) {
                notes.add(plural(voice) + (voice == Voice.COMMUNITY ? " rates it " : " rate it ") + two(Math.abs(difference))
                        + (difference > 0 ? " higher" : " lower") + " than customers");
            }
        }
        return String.join("; ", notes);
    }

    /** The voice as a group of people: Customers, Employees, Partners, Community. */
    static String plural(Voice voice) {
        return switch (voice) {
            case CUSTOMER -> "Customers";
            case EMPLOYEE -> "Employees";
            case PARTNER -> "Partners";
            case COMMUNITY -> "Community";
        };
    }

    static String crosshairsName(Crosshairs crosshairs) {
        return switch (crosshairs.mode()) {
            case MIDPOINTS -> "the scale midpoints (" + two(crosshairs.performance()) + ", " + two(crosshairs.importance())
                    + ")";
            case DATA_MEANS -> "the data means (" + two(crosshairs.performance()) + ", " + two(crosshairs.importance())
                    + ")";
        };
    }

    static String noRecords(Voice voice) {
        return "No " + voice.label() + " record on this promise under the filter";
    }

    private static String records(long n, Voice voice) {
        return voice.label() + " records";
    }

    static String npsText(double score) {
        return String.format(Locale.ROOT, "%+.0f", score);
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    public static String two(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    static String three(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Signed with a real minus sign, so a shortfall and a surplus read apart at a glance. */
    public static String signed(double value) {
        String text = two(value);
        if (text.equals("0.00")) {
            return text;
        }
        return value > 0 ? "+" + text : "−" + text.substring(1);
    }
}
