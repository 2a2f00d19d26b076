package org.valuebench.domain;

import java.util.Arrays;
import java.util.List;

/** The eight sections of a canvas, each in one group. */
public enum Section {
    WANTS(SectionGroup.CUSTOMER, "Wants", "what the customer wants (emotional)", "want"),
    NEEDS(SectionGroup.CUSTOMER, "Needs", "what the customer needs (rational)", "need"),
    FEARS(SectionGroup.CUSTOMER, "Fears", "what the customer fears (risks)", "fear"),
    FEATURES(SectionGroup.OFFERING, "Features", "what the offering is and does", "feature"),
    BENEFITS(SectionGroup.OFFERING, "Benefits", "what the offering does for the customer", "benefit"),
    EXPERIENCE(SectionGroup.OFFERING, "Experience", "how owning and using it feels", "experience"),
    COMPETITORS(SectionGroup.ALTERNATIVES, "Competitors", "other offers of the same kind", "competitor"),
    SUBSTITUTES(SectionGroup.ALTERNATIVES, "Substitutes", "other ways to get the job done", "substitute");

    private final SectionGroup group;
    private final String title;
    private final String hint;
    private final String singular;

    Section(SectionGroup group, String title, String hint, String singular) {
        this.group = group;
        this.title = title;
        this.hint = hint;
        this.singular = singular;
    }

    public SectionGroup group() {
        return group;
    }

    public String title() {
        return title;
    }

    public String hint() {
        return hint;
    }

    /** One item of the section in lower case ("want", "experience"): "+ Add want", and item keys in canvas files. */
    public String singular() {
        return singular;
    }

    public boolean isCustomer() {
        return group == SectionGroup.CUSTOMER;
    }

    public boolean isOffering() {
        return group == SectionGroup.OFFERING;
    }

    /**
     * Whether an item keeps what it is (importance, promise, links) in {@code other}: a section of the same group.
     * Dragging moves only there; "Move to section…" also moves across, to the defaults (see {@code Item.movedTo}).
     */
    public boolean canMoveTo(Section other) {
        return other.group == group;
    }

    public static List<Section> of(SectionGroup group) {
        return Arrays.stream(values()).filter(s -> s.group == group).toList();
    }

    /** Parses the stored or typed name, case-insensitive. */
    public static Section parse(String name) {
        for (Section s : values()) {
            if (s.name().equalsIgnoreCase(name.trim())) {
                return s;
            }
        }
        throw new InvalidInputException("Unknown section " + MessageText.quote(name) + "; expected one of "
                + Arrays.toString(values()));
    }
}
