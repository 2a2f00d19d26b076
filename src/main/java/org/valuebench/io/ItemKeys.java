package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;

import java.util.HashMap;
import java.util.Map;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.SectionGroup;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * The items of one canvas file by their keys, as the sections declare them: fit links, factors, ratings and
 * feedback records all point at items by key, and a message about a repeated key names where it came first.
 */
final class ItemKeys {
    private final JsonChecks json;
    private final Map<String, KeyedItem> itemsByKey = new HashMap<>();

    ItemKeys(JsonChecks json) {
        this.json = json;
    }

    record KeyedItem(Item item, JsonString key) {
    }

    /** Makes the item known by its key; every item needs its own. */
    void add(Item read, JsonString key) {
        KeyedItem earlier = itemsByKey.putIfAbsent(key.value(), new KeyedItem(read, key));
        if (earlier != null) {
            throw json.problem(key, "the key " + quote(key.value()) + " is already used by the item at line "
                    + earlier.key().line() + " (" + earlier.key().path() + "); every item needs its own key");
        }
    }

    /** The item with this key, or null when no item has it. */
    KeyedItem get(String key) {
        return itemsByKey.get(key);
    }

    /** The item a key points at, which must be of {@code group}. */
    Item linked(LocatedJson value, SectionGroup group, String expected) {
        if (!(value instanceof JsonString key)) {
            throw json.problem(value, "expected the key of " + expected + ", found " + json.describe(value));
        }
        KeyedItem target = itemsByKey.get(key.value());
        if (target == null) {
            throw json.problem(value, "no item has the key " + quote(key.value()) + "; expected the key of " + expected
                    + " listed under \"sections\"");
        }
        if (target.item().section().group() != group) {
            throw json.problem(value, quote(key.value()) + " is " + article(target.item().section())
                    + " item; expected the key of " + expected);
        }
        return target.item();
    }

    /** "a want", "an experience": the item's section for a message. */
    static String article(Section section) {
        String title = section.title().toLowerCase();
        return ("aeiou".indexOf(title.charAt(0)) >= 0 ? "an " : "a ") + title;
    }
}
