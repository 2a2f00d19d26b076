package org.valuebench.analysis;

import java.time.YearMonth;

/** The delivered score (mean s5) of one promise in one calendar month. */
public record TrendPoint(YearMonth month, long n, double delivered) {
}
