package org.valuebench.domain.workshop;

import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.MessageText;

/**
 * The offering cards a vote makes promises: the top {@code asked} by dots. Cards tied with the last one inside the
 * cut are all included (leaving one out would be an arbitrary choice the room did not make), so more than asked
 * may be marked, and {@link #explanation} says which tie did it. Cards with no dots never become promises.
 */
public record PromiseCut(List<TallyRow> chosen, int asked, String explanation) {

    public PromiseCut {
        chosen = List.copyOf(chosen);
    }

    public static PromiseCut top(List<TallyRow> tally, int asked) {
        List<TallyRow> offering = tally.stream().filter(r -> r.item().isOffering() && r.dots() > 0).toList();
        if (asked <= 0 || offering.isEmpty()) {
            return new PromiseCut(List.of(), asked, "No offering card has a dot; nothing is marked as a promise.");
        }
        int inside = Math.min(asked, offering.size());
        int cutDots = offering.get(inside - 1).dots();
        List<TallyRow> chosen = offering.stream().filter(r -> r.dots() >= cutDots).toList();
        String text = "The top " + asked + " offering cards by dots: " + asked + " asked, " + chosen.size() + " marked.";
        if (chosen.size() > asked) {
            List<TallyRow> tiedAtCut = chosen.stream().filter(r -> r.dots() == cutDots).toList();
            text += " " + tiedAtCut.stream().map(r -> MessageText.quote(r.item().text()))
                    .collect(Collectors.joining(" and ")) + " tie at the cut with " + cutDots
                    + " dots, so all of them are marked.";
        }
        return new PromiseCut(chosen, asked, text);
    }
}
