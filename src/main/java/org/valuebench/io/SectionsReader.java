package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;
import static org.valuebench.io.CanvasJsonFormat.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * Reads the "sections" of a canvas file: each section's items, numbered 1, 2, ... in file order, each known by
 * its key from then on.
 */
final class SectionsReader {
    private final JsonChecks json;
    private final ItemKeys keys;

    SectionsReader(JsonChecks json, ItemKeys keys) {
        this.json = json;
        this.keys = keys;
    }

    List<Item> read(LocatedJson value) {
        JsonObject sections = json.object(value, "an object with one array of items per section ("
                + String.join(", ", sectionNames()) + ")");
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, LocatedJson> entry : sections.members().entrySet()) {
            Section section = section(entry.getKey()).orElseThrow(() -> json.problem(entry.getValue(),
                    "unknown section " + quote(entry.getKey()) + "; expected one of "
                            + String.join(", ", sectionNames())));
            JsonArray array = json.array(entry.getValue(), "an array of " + section.title().toLowerCase() + " items");
            for (int position = 0; position < array.elements().size(); position++) {
                items.add(item(array.elements().get(position), section, items.size() + 1L, position));
            }
        }
        return items;
    }

    private Item item(LocatedJson value, Section section, long localId, int position) {
        JsonObject item = json.object(value, "an item: an object with at least \"key\" and \"text\"");
        onlyItemFields(item, section);
        JsonString key = key(json.required(item, KEY, "the item's key (used by fit links)"));
        LocatedJson textValue = json.required(item, TEXT, "the item's text");
        String text = json.text(textValue, "the item's text", Limits.MAX_ITEM_TEXT, true);
        if (text.strip().startsWith("\u0000")) {
            // The workspace counts a text's length up to its first NUL, so it would take this text as empty.
            throw json.problem(textValue, "the item's text starts with a NUL character (U+0000), which a workspace"
                    + " cannot store; expected text that starts with a visible character");
        }
        int importance = json.optional(item, IMPORTANCE).map(v -> json.level(v, "importance")).orElse(Limits.DEFAULT_IMPORTANCE);
        boolean promise = json.optional(item, PROMISE).map(json::bool).orElse(false);
        int target = json.optional(item, PROMISE_TARGET).map(v -> json.level(v, "promise target"))
                .orElse(Limits.DEFAULT_PROMISE_TARGET);
        ColourTag colour = json.optional(item, COLOUR).map(this::colour).orElse(ColourTag.NONE);
        String author = json.optionalText(item, AUTHOR, "the author", Limits.MAX_AUTHOR);
        String notes = json.optionalText(item, NOTES, "the item's notes", Limits.MAX_NOTES);
        Item read = json.domain(item, () -> new Item(localId, 0, section, position, text, notes, colour, author,
                importance, promise, target));
        keys.add(read, key);
        return read;
    }

    /** Fields that belong to another group get a message saying which items may carry them. */
    private void onlyItemFields(JsonObject item, Section section) {
        Set<String> allowed = new LinkedHashSet<>(List.of(KEY, TEXT));
        if (section.isCustomer()) {
            allowed.add(IMPORTANCE);
        }
        if (section.isOffering()) {
            allowed.addAll(List.of(PROMISE, PROMISE_TARGET));
        }
        allowed.addAll(List.of(COLOUR, AUTHOR, NOTES));
        for (Map.Entry<String, LocatedJson> member : item.members().entrySet()) {
            String name = member.getKey();
            if (allowed.contains(name)) {
                continue;
            }
            if (name.equals(IMPORTANCE)) {
                throw json.problem(member.getValue(), "'importance' belongs only to customer items (wants, needs,"
                        + " fears); " + ItemKeys.article(section) + " item has none");
            }
            if (name.equals(PROMISE) || name.equals(PROMISE_TARGET)) {
                throw json.problem(member.getValue(), "'" + name + "' belongs only to offering items (features,"
                        + " benefits, experience); " + ItemKeys.article(section) + " item cannot be a promise");
            }
            throw json.problem(member.getValue(), "unknown field " + quote(name) + " in " + ItemKeys.article(section)
                    + " item; expected only " + String.join(", ", allowed));
        }
    }


    private JsonString key(LocatedJson value) {
        if (!(value instanceof JsonString key) || key.value().isBlank()
                || key.value().codePointCount(0, key.value().length()) > MAX_KEY) {
            throw json.problem(value, "expected the item's key: a non-empty string of at most " + MAX_KEY
                    + " characters, such as \"need-1\"; found " + json.describe(value));
        }
        json.wellFormed(key);
        return key;
    }

    private ColourTag colour(LocatedJson value) {
        if (value instanceof JsonString name) {
            Optional<ColourTag> colour = CanvasJsonFormat.colour(name.value());
            if (colour.isPresent()) {
                return colour.get();
            }
        }
        throw json.problem(value, "expected a colour, one of " + String.join(", ", colourNames()) + "; found "
                + json.describe(value));
    }
}
