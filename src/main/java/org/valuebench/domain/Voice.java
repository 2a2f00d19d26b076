package org.valuebench.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whose view a feedback record gives: the customer's (external), the team's own (internal), a partner's,
 * or the wider community's. Gaps are scored on the customer's voice; the others show where views disagree.
 */
public enum Voice {
    CUSTOMER("customer"),
    EMPLOYEE("employee"),
    PARTNER("partner"),
    COMMUNITY("community");

    private final String label;

    Voice(String label) {
        this.label = label;
    }

    /** Lower case, as stored and written in files. */
    public String label() {
        return label;
    }

    /** Reads a voice case-insensitively; blank gives customer; "external" and "internal"/"staff" are accepted. */
    public static Voice parse(String text) {
        if (text == null || text.isEmpty()) {
            return CUSTOMER;
        }
        for (Voice voice : values()) {
            if (voice.label.equals(text)) {
                return voice;
            }
        }
        if (text.isBlank()) {
            return CUSTOMER;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (Voice voice : values()) {
            if (voice.label.equals(key)) {
                return voice;
            }
        }
        return switch (key) {
            case "external", "client", "customers" -> CUSTOMER;
            case "internal", "staff", "employees", "team" -> EMPLOYEE;
            case "partners", "supplier" -> PARTNER;
            case "public", "society" -> COMMUNITY;
            default -> throw new InvalidInputException("voice " + MessageText.quote(text.strip()) + " is not one of "
                    + Arrays.stream(values()).map(Voice::label).collect(Collectors.joining(", ")));
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
