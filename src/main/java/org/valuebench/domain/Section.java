package org.valuebench.domain;

import java.util.Arrays;
import java.util.List;

/** The eight sections of a canvas, each in one group. */
public enum Section {
    WANTS(SectionGroup.CUSTOMER, "Wants", "what the customer wants (emotional)"),
    NEEDS(SectionGroup.CUSTOMER, "Needs", "what the customer needs (rational)"),
    FEARS(SectionGroup.CUSTOMER, "Fears", "what the customer fears (risks)"),
    FEATURES(SectionGroup.OFFERING, "Features", "what the offering is and does"),
    BENEFITS(SectionGroup.OFFERING, "Benefits", "what the offering does for the customer"),
    EXPERIENCE(SectionGroup.OFFERING, "Experience", "how owning and using it feels"),
    COMPETITORS(SectionGroup.ALTERNATIVES, "Competitors", "other offers of the same kind"),
    SUBSTITUTES(SectionGroup.ALTERNATIVES, "Substitutes", "other ways to get the job done");

    private final SectionGroup group;
    private final String title;
    private final String hint;

    Section(SectionGroup group, String title, String hint) {
        this.group = group;
        this.title = title;
        this.hint = hint;
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

    public boolean isCustomer() {
        return group == SectionGroup.CUSTOMER;
    }

    public boolean isOffering() {
        return group == SectionGroup.OFFERING;
    }

    /** Items may only be moved between sections of the same group. */
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
