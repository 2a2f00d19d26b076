package org.valuebench.domain;

import java.time.LocalDate;

/**
 * The dates feedback is taken with unless the user asks for any date: a year 0000 or 2204 is a typing slip
 * (or a spreadsheet's empty-date placeholder), not the day a customer answered, and it would stretch every
 * trend chart over centuries.
 */
public final class FeedbackDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private FeedbackDates() {
    }

    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** "outside 1900-01-01 to 2100-12-31", for messages. */
    public static String range() {
        return "outside " + EARLIEST + " to " + LATEST;
    }
}
