package org.valuebench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.FactorChange;
import org.valuebench.domain.history.ItemChange;
import org.valuebench.domain.history.RatingChange;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * A diff as lines of changes, in the order every output lists them: the canvas's own fields, cards (added, removed,
 * changed, each in section order), links, factors, factor links, ratings, workshops. Texts are the user's, not yet
 * made safe for a terminal or escaped for Markdown: each output does that.
 */
public final class ChangeRows {
    private ChangeRows() {
    }

    public static List<ChangeRow> of(CanvasDiff diff, CanvasContent before, CanvasContent after, Style style) {
        String to = " " + ChangeFigures.arrow(style) + " ";
        List<ChangeRow> rows = new ArrayList<>();
        for (String field : diff.canvasFields()) {
            String was = canvasField(before, field);
            String now = canvasField(after, field);
            rows.add(new ChangeRow("Canvas", ChangeRow.CHANGED, "canvas", field,
                    field.equals("notes") ? "edited" : "'" + was + "'" + to + "'" + now + "'"));
        }
        diff.added().forEach(i -> rows.add(card(ChangeRow.ADDED, i, "")));
        diff.removed().forEach(i -> rows.add(card(ChangeRow.REMOVED, i, "")));
        for (ItemChange change : diff.changed()) {
            rows.add(card(ChangeRow.CHANGED, change.after(), String.join(", ", CardChangeText.of(change, style))));
        }
        Map<Long, Item> itemsBefore = before.itemsById();
        Map<Long, Item> itemsAfter = after.itemsById();
        for (FitLink link : diff.linksAdded()) {
            rows.add(new ChangeRow("Links", ChangeRow.ADDED, "link", link(link, itemsAfter, to), ""));
        }
        for (FitLink link : diff.linksRemoved()) {
            rows.add(new ChangeRow("Links", ChangeRow.REMOVED, "link", link(link, itemsBefore, to), ""));
        }
        diff.factorsAdded().forEach(f -> rows.add(new ChangeRow("Factors", ChangeRow.ADDED, "factor", f.name(), "")));
        diff.factorsRemoved().forEach(f -> rows.add(new ChangeRow("Factors", ChangeRow.REMOVED, "factor", f.name(),
                "")));
        for (FactorChange change : diff.changedFactors()) {
            rows.add(new ChangeRow("Factors", ChangeRow.CHANGED, "factor", change.after().name(),
                    String.join(", ", CardChangeText.of(change, style))));
        }
        for (FactorLink link : diff.factorLinksAdded()) {
            rows.add(new ChangeRow("Factors", ChangeRow.ADDED, "factor link", factorLink(link, after, itemsAfter), ""));
        }
        for (FactorLink link : diff.factorLinksRemoved()) {
            rows.add(new ChangeRow("Factors", ChangeRow.REMOVED, "factor link",
                    factorLink(link, before, itemsBefore), ""));
        }
        for (Rating rating : diff.ratingsAdded()) {
            rows.add(new ChangeRow("Ratings", ChangeRow.ADDED, "rating", cell(rating, after),
                    CardChangeText.score(rating)));
        }
        for (Rating rating : diff.ratingsRemoved()) {
            rows.add(new ChangeRow("Ratings", ChangeRow.REMOVED, "rating", cell(rating, before),
                    CardChangeText.score(rating)));
        }
        for (RatingChange change : diff.ratingsChanged()) {
            rows.add(new ChangeRow("Ratings", ChangeRow.CHANGED, "rating", cell(change.after(), after),
                    change.scoreChanged() ? CardChangeText.score(change.before()) + to
                            + CardChangeText.score(change.after()) : "note edited"));
        }
        for (WorkshopRecord w : diff.workshopsAdded()) {
            rows.add(new ChangeRow("Workshops", ChangeRow.ADDED, "workshop", w.workshop().title(), ""));
        }
        for (WorkshopRecord w : diff.workshopsRemoved()) {
            rows.add(new ChangeRow("Workshops", ChangeRow.REMOVED, "workshop", w.workshop().title(), ""));
        }
        return List.copyOf(rows);
    }

    private static ChangeRow card(String mark, Item item, String detail) {
        return new ChangeRow("Cards", mark, item.section().singular(), item.text(), detail);
    }

    private static String canvasField(CanvasContent content, String field) {
        return switch (field) {
            case "name" -> content.canvas().name();
            case "segment" -> content.canvas().segment();
            case "offering" -> content.canvas().offering();
            default -> content.canvas().notes();
        };
    }

    private static String link(FitLink link, Map<Long, Item> items, String to) {
        return text(items, link.offeringItemId()) + to + text(items, link.customerItemId());
    }

    private static String factorLink(FactorLink link, CanvasContent content, Map<Long, Item> items) {
        String factor = content.strategy().factor(link.factorId()).map(Factor::name).orElse("?");
        return factor + " matters through " + text(items, link.customerItemId());
    }

    private static String cell(Rating rating, CanvasContent content) {
        String factor = content.strategy().factor(rating.factorId()).map(Factor::name).orElse("?");
        Map<Long, String> offers = new HashMap<>();
        content.offers().forEach(o -> offers.put(o.id(), o.isOurs() ? "ours" : o.name()));
        return factor + " / " + offers.getOrDefault(rating.offerId(), "?");
    }

    private static String text(Map<Long, Item> items, long id) {
        Item item = items.get(id);
        return item == null ? "?" : item.text();
    }

}
