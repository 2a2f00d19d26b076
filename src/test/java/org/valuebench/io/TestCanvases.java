package org.valuebench.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/** Canvases built in memory for the exchange tests (ids are local: 1, 2, ...). */
public final class TestCanvases {
    /** Everything that tends to break a format: quotes, escapes, emoji, right-to-left, control characters. */
    /** Without NUL in the run on PostgreSQL, which cannot store it (a team workspace refuses it with a message). */
    public static final String HOSTILE = withoutNulOnATeamServer("Quotes \"double\" and 'single', a back\\slash, \\n that is not a line"
            + " break, emoji 🚀👍🏽👨‍👩‍👧, right-to-left שלום עולם and مرحبا بالعالم, controls \u0001\u0007\u001b\u001f"
            + " and NUL\u0000, a tab\there, a line\nbreak, U+2028\u2028and U+2029\u2029, </script> & <b>, `code`,"
            + " *stars* _under_ [link](x) | pipe # hash");
    public static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    public static final Instant UPDATED = Instant.parse("2024-03-02T17:30:00Z");
    private static final String WORDS = "Shoppers compare the weekly basket across stores and expect the same low"
            + " price every day without coupons or loyalty cards; one bad surprise at the till is remembered for"
            + " months and told to the neighbours. ";

    private TestCanvases() {
    }

    /** Items in every section, with hostile text, a 2,000-character item, notes, authors, colours and links. */
    private static String withoutNulOnATeamServer(String text) {
        return org.valuebench.store.TestWorkspaces.onTeamServer() ? text.replace("\u0000", "") : text;
    }

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

    /**
     * "Corner café" with a strategy canvas, ids 1..8 in the order below, to check exact figures. Items: need 1
     * "Coffee before the 7:40 train" (5), want 2 "A moment of calm" (4), fear 3 "Paying too much" (3), feature 4
     * "Opens at 6:30" (promise, target 5, answers 1), feature 5 "Oat milk", competitors 6 "Station kiosk" and 7
     * "Chain café", substitute 8 "Coffee at home". Factors, ratings as ours/kiosk/chain/home:
     * 1 "Opening hours" from feature 4, raise, 5/3/4/5 (home with a note): weight 5 (through the fit link), me-too;
     * 2 "Price", free, reduce, linked to fear 3, 3/4/2/- (home: a note only): weight 3, trails by 1;
     * 3 "Calm seating" from want 2, create, linked to need 1 too, 4/1/2/-: weight 5, leads by 2;
     * 4 "Loyalty card", free, eliminate, unrated: weight 3.
     * Differentiation (0x5 - 1x3 + 2x5) / 13 = 0.54; me-too 5/13, trail 3/13, lead 5/13. Rivals, strongest
     * first: home 0.00 (1 factor), chain (5 + 3 + 10) / 13 = 1.38, kiosk (10 - 3 + 15) / 13 = 1.69.
     */
    public static CanvasContent strategic() {
        List<Item> items = List.of(
                item(1, Section.NEEDS, 0, "Coffee before the 7:40 train", "", ColourTag.NONE, "", 5, false, 4),
                item(2, Section.WANTS, 0, "A moment of calm", "", ColourTag.NONE, "", 4, false, 4),
                item(3, Section.FEARS, 0, "Paying too much", "", ColourTag.NONE, "", 3, false, 4),
                item(4, Section.FEATURES, 0, "Opens at 6:30", "", ColourTag.NONE, "", 3, true, 5),
                item(5, Section.FEATURES, 1, "Oat milk", "", ColourTag.NONE, "", 3, false, 4),
                item(6, Section.COMPETITORS, 0, "Station kiosk", "", ColourTag.NONE, "", 3, false, 4),
                item(7, Section.COMPETITORS, 1, "Chain café", "", ColourTag.NONE, "", 3, false, 4),
                item(8, Section.SUBSTITUTES, 0, "Coffee at home", "", ColourTag.NONE, "", 3, false, 4));
        List<Factor> factors = List.of(
                new Factor(1, 0, 0, "Opening hours", 4, FourAction.RAISE, "Open before the first train"),
                new Factor(2, 0, 1, "Price", 0, FourAction.REDUCE, ""),
                new Factor(3, 0, 2, "Calm seating", 2, FourAction.CREATE, "A quiet corner away from the counter"),
                new Factor(4, 0, 3, "Loyalty card", 0, FourAction.ELIMINATE, "Nobody asks for it"));
        List<FactorLink> links = List.of(new FactorLink(2, 3), new FactorLink(3, 1));
        List<Rating> ratings = List.of(
                new Rating(1, Offer.OURS, 5, ""), new Rating(1, 6, 3, ""), new Rating(1, 7, 4, "Opens at 7"),
                new Rating(1, 8, 5, "Always open"),
                new Rating(2, Offer.OURS, 3, ""), new Rating(2, 6, 4, ""), new Rating(2, 7, 2, ""),
                new Rating(2, 8, Rating.UNKNOWN, "Nearly free, but who knows"),
                new Rating(3, Offer.OURS, 4, "Twelve seats"), new Rating(3, 6, 1, ""), new Rating(3, 7, 2, ""));
        Canvas canvas = new Canvas(0, "Corner café", "Commuters", "Corner café", "", CREATED, UPDATED);
        return new CanvasContent(canvas, items, List.of(new FitLink(4, 1)), new Strategy(factors, links, ratings));
    }

    /**
     * The content with one factor per customer and offering item (named after it, with {@code notes} as the
     * four-actions note), one free factor, each linked to every other customer item, and every alternative
     * rated on every factor, some cells unknown with a note.
     */
    public static CanvasContent withStrategy(CanvasContent content, String notes) {
        return withStrategy(content, notes, Integer.MAX_VALUE);
    }

    /** Like {@link #withStrategy(CanvasContent, String)} with factors made from the first {@code maxSources} items. */
    public static CanvasContent withStrategy(CanvasContent content, String notes, int maxSources) {
        List<Factor> factors = new ArrayList<>();
        List<FactorLink> links = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        List<Item> customers = content.items().stream().filter(Item::isCustomer).toList();
        List<Item> sources = content.items().stream().filter(i -> i.isCustomer() || i.isOffering())
                .limit(maxSources).toList();
        FourAction[] actions = FourAction.values();
        for (int i = 0; i <= sources.size(); i++) {
            long id = i + 1L;
            Factor factor = i < sources.size() ? Factor.from(sources.get(i)).withId(id) : Factor.draft(0, "Free: " + notes.substring(0, notes.offsetByCodePoints(0, Math.min(60,
                    notes.codePointCount(0, notes.length()))))).withId(id);
            factors.add(factor.withCanvas(0).withPosition(i).withAction(actions[i % actions.length], i % 2 == 0 ? notes : ""));
            for (int c = 0; c < customers.size(); c++) {
                if ((c + i) % 2 == 1) {
                    links.add(new FactorLink(id, customers.get(c).id()));
                }
            }
            List<Offer> offers = content.offers();
            for (int o = 0; o < offers.size(); o++) {
                int score = (i * 3 + o * 2) % 6;
                ratings.add(new Rating(id, offers.get(o).id(), score, score == 0 || (i + o) % 5 == 0 ? notes : ""));
            }
        }
        return content.withStrategy(new Strategy(factors, links, ratings));
    }

    /**
     * The strategy of a canvas without ids: each factor as its position, name, source (section and place),
     * action and note, the customer items it is linked to and its ratings, by section and place of the items.
     */
    public static List<String> strategyWithoutIds(CanvasContent content) {
        Map<Long, String> places = new HashMap<>();
        for (Section section : Section.values()) {
            List<Item> items = content.itemsIn(section);
            for (int i = 0; i < items.size(); i++) {
                places.put(items.get(i).id(), section.name() + "#" + i);
            }
        }
        places.put(Offer.OURS, "ours");
        Strategy strategy = content.strategy();
        List<String> lines = new ArrayList<>();
        for (Factor f : strategy.factors()) {
            lines.add(String.join("|", String.valueOf(f.position()), f.name(),
                    f.hasSource() ? places.get(f.sourceItemId()) : "-", f.action().name(), f.actionNote(),
                    strategy.customerItemsOf(f.id()).stream().map(places::get).sorted().toList().toString(),
                    strategy.ratings().stream().filter(r -> r.factorId() == f.id())
                            .map(r -> places.get(r.offerId()) + "=" + r.score() + ":" + r.note()).sorted().toList()
                            .toString()));
        }
        return lines;
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
