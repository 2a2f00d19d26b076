package org.valuebench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.history.FactorChange;
import org.valuebench.domain.history.ItemChange;
import org.valuebench.domain.history.ItemField;

/**
 * What changed on a card, a factor or a rating, in words every output of a comparison shares: "target 4 → 5",
 * "text 'Fresh bread' → 'Fresh bread daily'", "notes edited". Long texts are cut; the outputs make them safe.
 */
public final class CardChangeText {
    private static final int SHOWN_TEXT = 60;

    private CardChangeText() {
    }

    /** One phrase per changed field, in the fields' order; moving within a column is not listed. */
    public static List<String> of(ItemChange change, Style style) {
        Item a = change.before();
        Item b = change.after();
        String to = " " + ChangeFigures.arrow(style) + " ";
        List<String> phrases = new ArrayList<>();
        for (ItemField field : change.shownFields()) {
            phrases.add(switch (field) {
                case TEXT -> "text " + quoted(a.text()) + to + quoted(b.text());
                case SECTION -> "section " + lower(a.section().title()) + to + lower(b.section().title());
                case IMPORTANCE -> "importance " + a.importance() + to + b.importance();
                case PROMISE -> b.promise() ? "made a promise (target " + b.promiseTarget() + ")" : "no longer a promise";
                case TARGET -> "target " + a.promiseTarget() + to + b.promiseTarget();
                case COLOUR -> "colour " + lower(a.colour().name()) + to + lower(b.colour().name());
                case NOTES -> "notes edited";
                case AUTHOR -> "author " + quoted(a.author()) + to + quoted(b.author());
                case POSITION -> "moved";
            });
        }
        return List.copyOf(phrases);
    }

    /** The factor's changes: "name 'Price' → 'Low price'", "action Raise → Create", "note edited". */
    public static List<String> of(FactorChange change, Style style) {
        Factor a = change.before();
        Factor b = change.after();
        String to = " " + ChangeFigures.arrow(style) + " ";
        List<String> phrases = new ArrayList<>();
        for (String field : change.shownFields()) {
            phrases.add(switch (field) {
                case "name" -> "name " + quoted(a.name()) + to + quoted(b.name());
                case "action" -> "action " + a.action().title() + to + b.action().title();
                case "note" -> "note edited";
                default -> "made from another card";
            });
        }
        return List.copyOf(phrases);
    }

    /** A rating's score as shown: "4", or "?" when unknown. */
    public static String score(Rating rating) {
        return rating.isKnown() ? Integer.toString(rating.score()) : "?";
    }

    private static String quoted(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) > SHOWN_TEXT) {
            flat = flat.substring(0, flat.offsetByCodePoints(0, SHOWN_TEXT - 1)) + "…";
        }
        return "'" + flat + "'";
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
