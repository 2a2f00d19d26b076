package org.valuebench.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

/** Canvases built in memory for the exchange tests (ids are local: 1, 2, ...). */
public final class TestCanvases {
    /** Everything that tends to break a format: quotes, escapes, emoji, right-to-left, control characters. */
    public static final String HOSTILE = "Quotes \"double\" and 'single', a back\\slash, \\n that is not a line"
            + " break, emoji 🚀👍🏽👨‍👩‍👧, right-to-left שלום עולם and مرحبا بالعالم, controls \u0001\u0007\u001b\u001f"
            + " and NUL\u0000, a tab\there, a line\nbreak, U+2028\u2028and U+2029\u2029, </script> & <b>, `code`,"
            + " *stars* _under_ [link](x) | pipe # hash";
    public static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    public static final Instant UPDATED = Instant.parse("2024-03-02T17:30:00Z");
    private static final String WORDS = "Shoppers compare the weekly basket across stores and expect the same low"
            + " price every day without coupons or loyalty cards; one bad surprise at the till is remembered for"
            + " months and told to the neighbours. ";

    private TestCanvases() {
    }

    /** Items in every section, with hostile text, a 2,000-character item, notes, authors, colours and links. */
    public static CanvasContent hostile() {
        List<Item> items = new ArrayList<>();
        long id = 1;
        for (Section section : Section.values()) {
            String start = ("✓ " + section.title() + " ").repeat(400).substring(0, Limits.MAX_ITEM_TEXT - 10).strip();
            String maxLength = start + "Z".repeat(Limits.MAX_ITEM_TEXT - start.length());
            items.add(item(id++, section, 0, section.title() + ": " + HOSTILE, "Notes with \"quotes\"\nand lines",
                    ColourTag.PINK, "Zoë \"Z\" O'Brien", 5, section.isOffering(), 2));
            items.add(item(id++, section, 1, maxLength, "",
                    ColourTag.NONE, "", 1, false, 4));
            items.add(item(id++, section, 2, "Plain " + section.title().toLowerCase(), "", ColourTag.BLUE, "Ana",
                    3, section.isOffering(), 5));
        }
        List<FitLink> links = new ArrayList<>();
        for (Item offering : items) {
            for (Item customer : items) {
                if (offering.isOffering() && customer.isCustomer() && (offering.id() + customer.id()) % 2 == 0) {
                    links.add(new FitLink(offering.id(), customer.id()));
                }
            }
        }
        Canvas canvas = new Canvas(0, "Hostile \"canvas\" 🚀 שלום", "Segment with\ttab", "Offering \\ back-slash",
                "Canvas notes:\n" + HOSTILE, CREATED, UPDATED);
        return new CanvasContent(canvas, items, links);
    }

    /**
     * A canvas of {@code count} items spread over the sections with links, each item {@code minLength} to
     * about twice that many characters long and ending in a unique "#n" tag.
     */
    public static CanvasContent large(int count, int minLength) {
        List<Item> items = new ArrayList<>();
        int[] positions = new int[Section.values().length];
        for (int i = 0; i < count; i++) {
            Section section = Section.values()[i % Section.values().length];
            int length = Math.min(Limits.MAX_ITEM_TEXT - 10, minLength + (i * 37) % Math.max(1, minLength));
            String text = WORDS.repeat(length / WORDS.length() + 1).substring(0, length).strip() + " #" + i;
            items.add(item(i + 1, section, positions[section.ordinal()]++, text, i % 5 == 0 ? "Note " + i : "",
                    ColourTag.values()[i % ColourTag.values().length], i % 3 == 0 ? "Author " + i : "",
                    1 + i % 5, section.isOffering() && i % 2 == 0, 1 + i % 5));
        }
        List<FitLink> links = new ArrayList<>();
        for (Item offering : items) {
            if (!offering.isOffering()) {
                continue;
            }
            for (Item customer : items) {
                if (customer.isCustomer() && (offering.id() * 7 + customer.id()) % 11 == 0) {
                    links.add(new FitLink(offering.id(), customer.id()));
                }
            }
        }
        Canvas canvas = new Canvas(0, "Large canvas of " + count + " items", "Budget-minded households",
                "Discount superstore", "Made by the tests.", CREATED, UPDATED);
        return new CanvasContent(canvas, items, links);
    }

    public static Item item(long id, Section section, int position, String text, String notes, ColourTag colour,
                            String author, int importance, boolean promise, int target) {
        return item(id, 0, section, position, text, notes, colour, author, importance, promise, target);
    }

    public static Item item(long id, long canvasId, Section section, int position, String text, String notes,
                            ColourTag colour, String author, int importance, boolean promise, int target) {
        return new Item(id, canvasId, section, position, text, notes, colour, author, importance, promise, target);
    }

    /**
     * Items of a canvas as they mean something to a user, without the ids that differ between workspaces and
     * without the values a group does not use (the importance of an offering item, the target of a need).
     */
    public static List<String> withoutIds(CanvasContent content) {
        return content.items().stream()
                .map(i -> String.join("|", i.section().name(), String.valueOf(i.position()), i.text(), i.notes(),
                        i.colour().name(), i.author(), i.isCustomer() ? String.valueOf(i.importance()) : "-",
                        i.isOffering() ? i.promise() + "/" + i.promiseTarget() : "-"))
                .toList();
    }
}
