package org.valuebench.report;

import java.util.Locale;

/** The rounding of every figure: the one place that decides how many decimals, signs and percentages read. */
public final class FigureFormat {
    private FigureFormat() {
    }

    /** A mean, deficit or bound on the 1-5 scale: two decimals. */
    public static String decimal(Double value, Style style) {
        if (value == null) {
            return style.none();
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return style.plainZero() && text.equals("-0.00") ? "0.00" : text;
    }

    /** Two decimals as the window shows them. */
    public static String two(double value) {
        return decimal(value, Style.SCREEN);
    }

    /** Three decimals, for Student's t. */
    public static String three(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A figure with its sign, "+1.25" or "-0.30" (a real minus sign on screen, so a shortfall and a surplus
     * read apart at a glance); one that rounds to nothing has no sign, as no shortfall has.
     */
    public static String signed(Double value, int decimals, Style style) {
        if (value == null) {
            return style.none();
        }
        String text = String.format(Locale.ROOT, "%+." + decimals + "f", value);
        if (text.matches("[+-]0(\\.0+)?")) {
            return text.substring(1);
        }
        return text.startsWith("-") ? style.minus() + text.substring(1) : text;
    }

    /** A share of 0 to 1 as a whole percentage, "38%", rounded half up. */
    public static String percent(Double share, Style style) {
        return share == null ? style.none() : percentPoints(share) + "%";
    }

    /** A share of 0 to 1 in whole percentage points, rounded half up: the number {@link #percent} writes. */
    static long percentPoints(double share) {
        return Math.round(share * 100);
    }

    /** {@code part} of {@code whole} as a whole percentage, "38%" (as 100 × part / whole, rounded half up). */
    public static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    /** A rating or other whole number. */
    public static String whole(Integer value, Style style) {
        return value == null ? style.none() : value.toString();
    }

    /** A count with thousands separators, "12,480". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The noun for {@code n} of it: "record" or "records". */
    public static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }

    /** A Net Promoter Score, a whole number with its sign: "+12", "-40", "+0". */
    public static String nps(double score) {
        return String.format(Locale.ROOT, "%+.0f", score);
    }
}
