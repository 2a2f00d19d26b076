package org.valuebench.domain.workshop;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Section;

/** The sections of a step or vote as a list, and as the store keeps them ("WANTS,NEEDS"). */
public final class Sections {
    private Sections() {
    }

    static List<Section> checked(String what, List<Section> sections) {
        if (sections == null || sections.isEmpty()) {
            throw new InvalidInputException(what + " needs at least one section");
        }
        if (new HashSet<>(sections).size() != sections.size()) {
            throw new InvalidInputException(what + " names a section twice: " + sections);
        }
        return List.copyOf(sections);
    }

    public static String format(List<Section> sections) {
        return sections.stream().map(Section::name).collect(Collectors.joining(","));
    }

    public static List<Section> parse(String stored) {
        return Arrays.stream(stored.split(",")).map(Section::parse).toList();
    }

    /** "Competitors + Substitutes", as a step shows its sections. */
    public static String titles(List<Section> sections) {
        return sections.stream().map(Section::title).collect(Collectors.joining(" + "));
    }
}
