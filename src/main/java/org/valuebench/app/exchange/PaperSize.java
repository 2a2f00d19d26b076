package org.valuebench.app.exchange;

import java.util.Locale;
import java.util.Set;
import org.valuebench.app.AppException;

/** Paper for the PDF report (the canvas page is landscape on each). */
public enum PaperSize {
    A4,
    LETTER,
    /** For workshop posters. */
    A3;

    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    /** US Letter in the United States and Canada, A4 everywhere else. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** Reads "a4", "letter" or "a3", in any case. */
    public static PaperSize parse(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (PaperSize size : values()) {
            if (size.name().equals(key)) {
                return size;
            }
        }
        throw new AppException("Unknown page size '" + name + "'; expected a4, letter or a3");
    }

    public String label() {
        return this == LETTER ? "US Letter" : name();
    }
}
