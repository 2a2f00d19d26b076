package org.valuebench.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;

/** Derives unanswered customer items, fluff and the fit score from a canvas's links. */
public final class FitAnalysis {

    private FitAnalysis() {
    }

    public static FitReport of(CanvasContent content) {
        Set<Long> answered = new HashSet<>();
        Set<Long> answering = new HashSet<>();
        for (FitLink link : content.links()) {
            answered.add(link.customerItemId());
            answering.add(link.offeringItemId());
        }
        List<Item> customer = content.items().stream().filter(Item::isCustomer).toList();
        List<Item> unanswered = customer.stream().filter(i -> !answered.contains(i.id())).toList();
        List<Item> fluff = content.items().stream()
                .filter(Item::isOffering)
                .filter(i -> !answering.contains(i.id()))
                .toList();
        int total = customer.stream().mapToInt(Item::importance).sum();
        int covered = customer.stream().filter(i -> answered.contains(i.id())).mapToInt(Item::importance).sum();
        Double score = total == 0 ? null : (double) covered / total;
        return new FitReport(unanswered, fluff, score, covered, total);
    }
}
