package org.valuebench.io.feedback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;

/**
 * A cell's value as Excel stores it, not as it displays it: a number as its plain value (4, not 4.00 or 4E0),
 * a number in a date style as an ISO date ({@code 2024-03-05}) or date-time ({@code 2024-03-05T14:30:00}) in the
 * workbook's date system (1900 or 1904), TRUE or FALSE, and texts as they are.
 */
final class XlsxCellValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Day 1 of each date system is 1 January 1900 (or 2 January 1904); day 0 the day before. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 1 January 10000, past Excel's last date. */
    private static final double LAST_SERIAL = 2_958_466;
    private final XlsxSharedStrings strings;
    private final BitSet dateStyles;
    private final boolean date1904;

    XlsxCellValues(XlsxSharedStrings strings, BitSet dateStyles, boolean date1904) {
        this.strings = strings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    /**
     * The value of a cell of type {@code t} in style {@code s} that stores {@code stored} in its {@code <v>};
     * null when it names a shared text the workbook does not hold.
     */
    String of(String type, String style, String stored) {
        if (stored == null) {
            return "";
        }
        if (type == null || "n".equals(type)) {
            return number(stored, style);
        }
        switch (type) {
            case "s":
                try {
                    return strings.get(Integer.parseInt(stored.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            case "b":
                return "1".equals(stored.strip()) || "true".equalsIgnoreCase(stored.strip()) ? "TRUE" : "FALSE";
            default:
                // "str" (a formula's text, refused before it gets here), "e" (an error such as #N/A), "d" (ISO).
                return stored;
        }
    }

    private String number(String stored, String style) {
        String text = stored.strip();
        if (text.isEmpty()) {
            return "";
        }
        if (style != null && !style.isEmpty() && isDateStyle(style)) {
            String date = date(text);
            if (date != null) {
                return date;
            }
        }
        return plain(text);
    }

    private boolean isDateStyle(String style) {
        try {
            return dateStyles.get(Integer.parseInt(style));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String date(String text) {
        double serial;
        try {
            serial = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(serial >= 0 && serial < LAST_SERIAL)) {
            return null;
        }
        long days = (long) serial;
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        if (days == 0 && !date1904) {
            // A time of day alone (Excel shows 0.5 in a time style as 12:00): it has no date.
            return LocalTime.ofSecondOfDay(seconds).format(TIME);
        }
        LocalDate day = date1904 ? EPOCH_1904.plusDays(days)
                // Excel counts 29 February 1900, which never was (Lotus 1-2-3 did): from 1 March on, a day less.
                : days < 61 ? EPOCH_1900.plusDays(days) : EPOCH_1900.plusDays(days - 1);
        return seconds == 0 ? day.toString() : day.atTime(LocalTime.ofSecondOfDay(seconds)).format(DATE_TIME);
    }

    /** 4 stays 4, 3.50 becomes 3.5, 1.5E3 becomes 1500: never an exponent, never trailing zeros. */
    static String plain(String text) {
        if (isInteger(text)) {
            return text;
        }
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static boolean isInteger(String text) {
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The 0-based column of a cell reference such as {@code C17}; -1 when it starts with no letter. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && i < 4) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return column - 1;
    }

    /** The 1-based row of a cell reference such as {@code C17}; 0 when it has none. */
    static long row(String reference) {
        long row = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
            }
        }
        return row;
    }
}
