package org.valuebench.report;

import static org.valuebench.report.FigureFormat.signed;
import static org.valuebench.report.FigureFormat.three;
import static org.valuebench.report.FigureFormat.two;

import java.util.ArrayList;
import java.util.List;
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
 * The figures of the gap analysis, each with its formula and the inputs behind it, so every number can explain
 * itself (the window's tooltips), and the forms the printed and terminal outputs write them in.
 */
public final class GapFigures {
    /** Voices whose delivered scores differ by at least this much (on the 1-5 scale) disagree. */
    public static final double DISAGREEMENT = 0.5;

    public static final String DELIVERED = "mean of s5 = Σ s5 / n";
    public static final String GAP = "target − delivered";
    public static final String CI95 = "delivered ± t(0.975, n − 1) × sd / √n";
    public static final String IMPORTANCE = "highest importance of the customer items it answers";
    public static final String DEFICIT = "importance × max(0, gap)";
    public static final String SERVQUAL = "mean(s5 − e5)";
    public static final String NPS = "% promoters (9–10) − % detractors (0–6)";
    /**
     * The window's ranking shows the gap and SERVQUAL side by side, and they count opposite ways (+1.40 and
     * −1.40 for the same shortfall): each header says its direction and its tooltip explains the other.
     */
    public static final String GAP_HEADER = "Short of target";
    public static final String GAP_HEADER_TIP = "Gap = " + GAP + ": positive when delivery falls short of the"
            + " target (+1.40 is 1.40 points short), negative when it beats it.\nSERVQUAL counts the other way:"
            + " P − E, negative when delivery falls short of what was expected.";
    public static final String SERVQUAL_HEADER = "SERVQUAL P − E";
    public static final String SERVQUAL_HEADER_TIP = "SERVQUAL = " + SERVQUAL + ", perceived − expected: negative"
            + " when delivery falls short of what customers expected.\nThe gap counts the other way: " + GAP
            + ", positive when delivery falls short of the target.";
    /** The title of the list of wants, needs and fears no offering item answers, in every output. */
    public static final String UNANSWERED = "Customer items nobody answers";

    private GapFigures() {
    }

    public static Figure n(VoiceFigures f, Voice voice) {
        long n = f.n();
        String count = FigureFormat.count(n);
        String base = "n = " + count + " " + voice.label() + " " + FigureFormat.plural(n, "record") + " under the filter";
        return switch (Evidence.of(n)) {
            case NONE -> new Figure("n", (double) n, "0", "count of records", base + ": no figures yet");
            case THIN -> new Figure("n", (double) n, count + " thin", "count of records", base
                    + ": thin evidence (fewer than " + Evidence.THIN_BELOW + "), read the figures with care");
            case ENOUGH -> new Figure("n", (double) n, count, "count of records", base);
        };
    }

    public static Figure delivered(VoiceFigures f, Voice voice) {
        if (f.delivered() == null) {
            return Figure.none("delivered", DELIVERED, noRecords(voice));
        }
        double mean = f.delivered();
        String sd = f.sd() == null ? "" : "\nsd = " + two(f.sd()) + " (sample standard deviation)";
        return new Figure("delivered", mean, two(mean), DELIVERED, "delivered = " + DELIVERED + " = "
                + two(mean * f.n()) + " / " + f.n() + " = " + two(mean)
                + "\ns5 = 1 + 4 × (score − min) / (max − min): every score on the 1–5 scale" + sd);
    }

    public static Figure target(PromiseGap gap) {
        return new Figure("target", (double) gap.target(), Integer.toString(gap.target()), "set on the promise",
                "target = " + gap.target() + ": the level the canvas promises (1–5), set in the promise's details");
    }

    public static Figure gap(PromiseGap gap, VoiceFigures f, Voice voice) {
        if (f.gap() == null) {
            return Figure.none("gap", GAP, noRecords(voice));
        }
        double g = f.gap();
        String sense = g > 0 ? "delivery falls short of the promise" : "the promise is kept";
        return new Figure("gap", g, screenSigned(g), GAP, "gap = " + GAP + " = " + gap.target() + " − "
                + two(f.delivered()) + " = " + screenSigned(g) + " (" + sense + ")");
    }

    public static Figure ci95(VoiceFigures f, Voice voice) {
        ConfidenceInterval ci = f.ci95();
        if (ci == null) {
            return Figure.none("95% CI", CI95, f.n() == 0 ? noRecords(voice)
                    : "95% CI needs at least 2 records; there is " + f.n());
        }
        double half = ci.halfWidth();
        String t = f.sd() != null && f.sd() > 0 ? three(half * Math.sqrt(f.n()) / f.sd()) : "t";
        return new Figure("95% CI", null, interval(ci, Style.SCREEN, false), CI95, "95% CI = " + CI95
                + "\n= " + two(f.delivered()) + " ± " + t + " × " + two(f.sd()) + " / √" + f.n() + " = "
                + two(f.delivered()) + " ± " + two(half) + "\nStudent's t with " + (f.n() - 1) + " degrees of freedom");
    }

    /**
     * The interval's ends; print clips them to the 1-5 scale, since with a handful of records Student's t
     * reaches far beyond it and a mean can never lie outside the scale.
     */
    public static String interval(ConfidenceInterval ci, Style style, boolean withinScale) {
        if (ci == null) {
            return style.none();
        }
        double low = withinScale ? withinScale(ci.low()) : ci.low();
        double high = withinScale ? withinScale(ci.high()) : ci.high();
        return FigureFormat.decimal(low, style) + style.range() + FigureFormat.decimal(high, style);
    }

    /** A score clipped to the 1-5 scale. */
    public static double withinScale(double value) {
        return Math.max(1, Math.min(5, value));
    }

    public static Figure importance(PromiseGap gap) {
        List<Item> linked = gap.linkedCustomerItems();
        String text = Integer.toString(gap.importance());
        if (linked.isEmpty()) {
            return new Figure("importance", (double) gap.importance(), text, IMPORTANCE, "importance = "
                    + gap.importance() + ": the promise answers no customer item, so its own importance counts");
        }
        String items = linked.stream().map(i -> i.text() + " (" + i.importance() + ")")
                .collect(Collectors.joining(", "));
        return new Figure("importance", (double) gap.importance(), text, IMPORTANCE, "importance = " + IMPORTANCE
                + " = max(" + items + ") = " + gap.importance());
    }

    public static Figure deficit(PromiseGap gap, VoiceFigures f, Voice voice) {
        if (f.deficit() == null) {
            return Figure.none("deficit", DEFICIT, noRecords(voice));
        }
        return new Figure("deficit", f.deficit(), two(f.deficit()), DEFICIT, "deficit = " + DEFICIT + " = "
                + gap.importance() + " × max(0, " + gap.target() + " − " + two(f.delivered()) + ") = "
                + two(f.deficit()));
    }

    public static Figure quadrant(PromiseGap gap, Crosshairs crosshairs, Voice voice) {
        Quadrant q = gap.quadrant();
        String formula = "importance against the importance crosshair, delivered against the performance crosshair";
        if (q == null) {
            return Figure.none("quadrant", formula, noRecords(voice));
        }
        boolean important = gap.importance() >= crosshairs.importance();
        boolean performing = gap.delivered() > crosshairs.performance();
        return new Figure("quadrant", null, q.title(), formula, q.title() + ": " + q.meaning() + "\nimportance "
                + gap.importance() + (important ? " ≥ " : " < ") + two(crosshairs.importance()) + " and delivered "
                + two(gap.delivered()) + (performing ? " > " : " ≤ ") + two(crosshairs.performance())
                + " (crosshairs at " + crosshairsName(crosshairs) + ")");
    }

    public static Figure servqual(VoiceFigures f, Voice voice) {
        if (f.servqual() == null) {
            return Figure.none("SERVQUAL", SERVQUAL, f.n() == 0 ? noRecords(voice) : "No " + voice.label()
                    + " record carries an expectation, so there is no SERVQUAL score");
        }
        String sense = f.servqual() < 0 ? "negative: delivery fell short of what was expected"
                : "delivery met or beat what was expected";
        return new Figure("SERVQUAL", f.servqual(), screenSigned(f.servqual()), SERVQUAL, "SERVQUAL = " + SERVQUAL
                + " over the " + f.servqualN() + " records with an expectation = " + screenSigned(f.servqual())
                + " (" + sense + ")");
    }

    /** @param whose what the answers are, "customer answers" */
    public static Figure nps(NetPromoterScore nps, String whose) {
        Double score = nps.score();
        if (score == null) {
            return Figure.none("NPS", NPS, "No " + whose + " on the 0–10 scale, so there is no Net Promoter Score");
        }
        return new Figure("NPS", score, FigureFormat.nps(score), NPS, "NPS = " + NPS + " = "
                + FigureFormat.percent(nps.promoters(), nps.respondents()) + " − "
                + FigureFormat.percent(nps.detractors(), nps.respondents()) + " = " + FigureFormat.nps(score)
                + "\nover " + nps.respondents() + " answers on 0–10: " + nps.promoters() + " promoters, "
                + nps.passives() + " passives, " + nps.detractors() + " detractors"
                + (Evidence.of(nps.respondents()) == Evidence.THIN ? "\nthin evidence (fewer than "
                        + Evidence.THIN_BELOW + " answers): read the score with care" : ""));
    }

    /**
     * The number of answers behind an NPS, to show beside it: "n = 4 thin" under the same rule as a promise's n
     * ({@link Evidence}), so a large score from a handful of answers says so where it is read; empty without one.
     */
    public static String npsEvidence(NetPromoterScore nps) {
        return switch (Evidence.of(nps.respondents())) {
            case NONE -> "";
            case THIN -> "n = " + FigureFormat.count(nps.respondents()) + " thin";
            case ENOUGH -> "n = " + FigureFormat.count(nps.respondents());
        };
    }

    /** One voice's delivered score for the voice comparison. */
    public static Figure voiceCell(PromiseGap gap, Voice voice) {
        VoiceFigures f = gap.voice(voice);
        if (f == null || f.delivered() == null) {
            return Figure.none("delivered", DELIVERED, noRecords(voice));
        }
        return new Figure("delivered", f.delivered(), two(f.delivered()) + "  (n " + f.n() + ")", DELIVERED,
                voice.label() + ": " + delivered(f, voice).explanation() + "\ngap = " + gap.target() + " − "
                        + two(f.delivered()) + " = " + screenSigned(f.gap()));
    }

    /**
     * Where another voice sees the promise differently from customers, e.g. "Employees rate it 1.20 higher than
     * customers"; empty when they agree within {@link #DISAGREEMENT} or there is nothing to compare.
     */
    public static String disagreement(PromiseGap gap) {
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
                notes.add(plural(voice) + (voice == Voice.COMMUNITY ? " rates it " : " rate it ")
                        + two(Math.abs(difference)) + (difference > 0 ? " higher" : " lower") + " than customers");
            }
        }
        return String.join("; ", notes);
    }

    /** The voice as a group of people: Customers, Employees, Partners, Community. */
    public static String plural(Voice voice) {
        return switch (voice) {
            case CUSTOMER -> "Customers";
            case EMPLOYEE -> "Employees";
            case PARTNER -> "Partners";
            case COMMUNITY -> "Community";
        };
    }

    /** Where the crosshairs are, as the window's tooltips say it: "the scale midpoints (3.00, 3.00)". */
    public static String crosshairsName(Crosshairs crosshairs) {
        String at = " (" + two(crosshairs.performance()) + ", " + two(crosshairs.importance()) + ")";
        return switch (crosshairs.mode()) {
            case MIDPOINTS -> "the scale midpoints" + at;
            case DATA_MEANS -> "the data means" + at;
        };
    }

    /** Where the crosshairs are, as the PDF says it: "delivered 3.00, importance 3.00 (the scale midpoints)". */
    public static String crosshairsPrinted(Crosshairs crosshairs) {
        return "delivered " + FigureFormat.decimal(crosshairs.performance(), Style.PRINT) + ", importance "
                + FigureFormat.decimal(crosshairs.importance(), Style.PRINT) + switch (crosshairs.mode()) {
                    case MIDPOINTS -> " (the scale midpoints)";
                    case DATA_MEANS -> " (the means of the promises)";
                };
    }

    /** Where the crosshairs are, as the command line says it: "performance 3.00, importance 3.00". */
    public static String crosshairsTerminal(Crosshairs crosshairs) {
        return "performance " + FigureFormat.decimal(crosshairs.performance(), Style.TERMINAL) + ", importance "
                + FigureFormat.decimal(crosshairs.importance(), Style.TERMINAL);
    }

    public static String noRecords(Voice voice) {
        return "No " + voice.label() + " record on this promise under the filter";
    }

    private static String screenSigned(double value) {
        return signed(value, 2, Style.SCREEN);
    }
}
