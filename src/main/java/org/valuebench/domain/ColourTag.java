package org.valuebench.domain;

/** The colour of a sticky note; NONE uses the section's default. */
public enum ColourTag {
    NONE, YELLOW, GREEN, BLUE, PINK, ORANGE, PURPLE;

    public static ColourTag parse(String name) {
        if (name == null || name.isBlank()) {
            return NONE;
        }
        for (ColourTag c : values()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        throw new InvalidInputException("Unknown colour " + MessageText.quote(name));
    }
}
