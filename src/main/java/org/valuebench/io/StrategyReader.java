package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;
import static org.valuebench.io.CanvasJsonFormat.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.SectionGroup;
import org.valuebench.domain.Strategy;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonNull;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/** Reads the "factors" of a canvas file: the strategy canvas's competing factors, their customer items and their ratings. */
final class StrategyReader {
    private static final Set<String> FACTOR_FIELDS = Set.of(NAME, SOURCE, ACTION, ACTION_NOTE, CUSTOMER_ITEMS, RATINGS);
    private static final Set<String> RATING_FIELDS = Set.of(OFFER, SCORE, NOTE);

    private final JsonChecks json;
    private final ItemKeys keys;

    StrategyReader(JsonChecks json, ItemKeys keys) {
        this.json = json;
        this.keys = keys;
    }


    /**
     * The competing factors, numbered 1, 2, ... in file order; files before version 3 predate them and may
     * only hold an empty array.
     */
    Strategy read(LocatedJson value, int version) {
        JsonArray array = json.array(value, "an array of competing factors, each {\"name\": TEXT, \"ratings\": [...], ...}");
        if (version < FACTORS_SINCE && !array.elements().isEmpty()) {
            throw json.problem(array, "a file of schemaVersion " + version + " cannot hold competing factors ("
                    + array.elements().size() + " found); expected \"schemaVersion\": " + FACTORS_SINCE
                    + " or higher for a file with a strategy canvas");
        }
        List<Factor> factors = new ArrayList<>();
        List<FactorLink> links = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        Map<Long, LocatedJson> sources = new HashMap<>();
        for (LocatedJson element : array.elements()) {
            long factorId = factors.size() + 1L;
            JsonObject factor = json.object(element, "a competing factor: an object with at least \"name\"");
            json.onlyFields(factor, FACTOR_FIELDS, "a competing factor");
            String name = json.text(json.required(factor, NAME, "the factor's name"), "the factor's name", Limits.MAX_NAME,
                    true);
            long source = json.optional(factor, SOURCE).filter(v -> !(v instanceof JsonNull))
                    .map(v -> source(v, sources)).orElse(0L);
            FourAction action = json.optional(factor, ACTION).map(this::action).orElse(FourAction.NONE);
            String note = json.optionalText(factor, ACTION_NOTE, "the four-actions note", Limits.MAX_NOTES);
            factors.add(json.domain(factor, () -> new Factor(factorId, 0, factors.size(), name, source, action, note)));
            json.optional(factor, CUSTOMER_ITEMS).ifPresent(v -> links.addAll(factorLinks(v, factorId)));
            json.optional(factor, RATINGS).ifPresent(v -> ratings.addAll(ratings(v, factorId)));
        }
        return new Strategy(factors, links, ratings);
    }

    /** A factor is made from a customer or offering item, and an item makes one factor at most. */
    private long source(LocatedJson value, Map<Long, LocatedJson> sources) {
        String expected = "a customer or offering item (want, need, fear, feature, benefit or experience), or"
                + " null for a factor of its own";
        if (!(value instanceof JsonString key)) {
            throw json.problem(value, "expected the key of " + expected + ", found " + json.describe(value));
        }
        ItemKeys.KeyedItem target = keys.get(key.value());
        if (target == null) {
            throw json.problem(value, "no item has the key " + quote(key.value()) + "; expected the key of " + expected
                    + " listed under \"sections\"");
        }
        Item item = target.item();
        if (!item.isCustomer() && !item.isOffering()) {
            throw json.problem(value, quote(key.value()) + " is " + ItemKeys.article(item.section()) + " item, one of the"
                    + " offers compared on the factors; expected the key of " + expected);
        }
        LocatedJson earlier = sources.putIfAbsent(item.id(), value);
        if (earlier != null) {
            throw json.problem(value, quote(key.value()) + " is already the source of the factor at line "
                    + earlier.line() + " (" + earlier.path() + "); an item becomes one factor at most");
        }
        return item.id();
    }

    private FourAction action(LocatedJson value) {
        if (value instanceof JsonString name) {
            Optional<FourAction> action = CanvasJsonFormat.action(name.value());
            if (action.isPresent()) {
                return action.get();
            }
        }
        throw json.problem(value, "expected the four-actions choice, one of " + String.join(", ", actionNames())
                + "; found " + json.describe(value));
    }

    private List<FactorLink> factorLinks(LocatedJson value, long factorId) {
        JsonArray array = json.array(value, "an array of keys of the customer items the factor matters through");
        Map<Long, LocatedJson> seen = new HashMap<>();
        List<FactorLink> links = new ArrayList<>();
        for (LocatedJson element : array.elements()) {
            Item customer = keys.linked(element, SectionGroup.CUSTOMER, "a customer item (want, need or fear)");
            LocatedJson earlier = seen.putIfAbsent(customer.id(), element);
            if (earlier != null) {
                throw json.problem(element, quote(((JsonString) element).value()) + " is already listed for this"
                        + " factor at line " + earlier.line() + " (" + earlier.path() + ")");
            }
            links.add(new FactorLink(factorId, customer.id()));
        }
        return links;
    }

    private List<Rating> ratings(LocatedJson value, long factorId) {
        JsonArray array = json.array(value, "an array of ratings, each {\"offer\": \"ours\" or KEY, \"score\": 1-5 or"
                + " null, \"note\": TEXT}");
        Map<Long, LocatedJson> seen = new HashMap<>();
        List<Rating> ratings = new ArrayList<>();
        for (LocatedJson element : array.elements()) {
            JsonObject rating = json.object(element, "a rating: {\"offer\": \"ours\" or KEY, \"score\": 1-5 or null,"
                    + " \"note\": TEXT}");
            json.onlyFields(rating, RATING_FIELDS, "a rating");
            LocatedJson offerValue = json.required(rating, OFFER, "\"ours\" or the key of a competitor or substitute");
            long offer = offer(offerValue);
            LocatedJson earlier = seen.putIfAbsent(offer, rating);
            if (earlier != null) {
                throw json.problem(rating, "this factor already has a rating for "
                        + quote(((JsonString) offerValue).value()) + " at line " + earlier.line() + " (" + earlier.path() + "); expected one rating per offer");
            }
            int score = json.optional(rating, SCORE).filter(v -> !(v instanceof JsonNull)).map(this::rating)
                    .orElse(Rating.UNKNOWN);
            String note = json.optionalText(rating, NOTE, "the rating's note", Limits.MAX_NOTES);
            ratings.add(json.domain(rating, () -> new Rating(factorId, offer, score, note)));
        }
        return ratings;
    }

    /** "ours" is the canvas's own offering; any other offer is a competitor or substitute. */
    private long offer(LocatedJson value) {
        String expected = "\"ours\" (the canvas's own offering) or the key of a competitor or substitute";
        if (!(value instanceof JsonString key)) {
            throw json.problem(value, "expected " + expected + ", found " + json.describe(value));
        }
        if (key.value().equals(OURS)) {
            return Offer.OURS;
        }
        ItemKeys.KeyedItem target = keys.get(key.value());
        if (target == null) {
            throw json.problem(value, "no item has the key " + quote(key.value()) + "; expected " + expected
                    + " listed under \"sections\"");
        }
        Item item = target.item();
        if (item.isCustomer() || item.isOffering()) {
            throw json.problem(value, quote(key.value()) + " is " + ItemKeys.article(item.section()) + " item, not an offer"
                    + " to rate; expected " + expected);
        }
        return item.id();
    }

    private int rating(LocatedJson value) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.value().compareTo(BigDecimal.valueOf(Limits.MIN_LEVEL)) >= 0
                && number.value().compareTo(BigDecimal.valueOf(Limits.MAX_LEVEL)) <= 0) {
            return number.value().intValue();
        }
        throw json.problem(value, "expected the score as a whole number from " + Limits.MIN_LEVEL + " to "
                + Limits.MAX_LEVEL + ", or null when unknown, found " + json.describe(value));
    }
}
