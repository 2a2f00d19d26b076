package org.valuebench.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/**
 * Property: for any two contents, of one canvas (ids shared, so some cards are the same card edited) or of two
 * canvases (matched by section and text), {@code diff(a, b).applyTo(a)} is b, record for record (links, factor
 * links and ratings being sets, both sides in the same order), and a diff of a content with itself is empty.
 * Texts come from a few words so that two canvases share cards, and some cards share their text.
 */
class CanvasDiffPropertyTest {

    @Property(tries = 300)
    void theDiffAppliedToTheFirstGivesTheSecond(@ForAll("contents") CanvasContent a,
                                               @ForAll("contents") CanvasContent b,
                                               @ForAll boolean sameCanvas) {
        CanvasContent after = sameCanvas ? b : withCanvasId(b, 2);
        CanvasDiff diff = CanvasDiff.between(a, after);
        Statistics.label("mode").collect(sameCanvas ? "one canvas" : "two canvases");
        Statistics.label("changed cards").collect(diff.changed().isEmpty() ? "none" : "some");
        Statistics.label("changed cards").coverage(c -> c.check("some").percentage(p -> p >= 30));
        assertThat(diff.applyTo(a)).isEqualTo(inSetOrder(after));
    }

    @Property(tries = 100)
    void aContentHasNoChangesAgainstItself(@ForAll("contents") CanvasContent a) {
        CanvasDiff diff = CanvasDiff.between(a, a);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.pairs()).isEmpty();
        assertThat(diff.applyTo(a)).isEqualTo(inSetOrder(a));
    }

    static CanvasContent inSetOrder(CanvasContent c) {
        Strategy s = c.strategy();
        return new CanvasContent(c.canvas(), c.items(), c.links().stream().sorted(CanvasDiff.LINK_ORDER).toList(),
                new Strategy(s.factors(), s.links().stream().sorted(CanvasDiff.FACTOR_LINK_ORDER).toList(),
                        s.ratings().stream().sorted(CanvasDiff.RATING_ORDER).toList()));
    }

    private static CanvasContent withCanvasId(CanvasContent c, long canvasId) {
        return new CanvasContent(c.canvas().withId(canvasId), c.items().stream().map(i -> i.withCanvas(canvasId)).toList(),
                c.links(), new Strategy(c.strategy().factors().stream().map(f -> f.withCanvas(canvasId)).toList(),
                c.strategy().links(), c.strategy().ratings()));
    }

    // ---- generators

    private record ItemSpec(long id, Section section, String text, ColourTag colour, int importance, boolean promise,
                            int target, String notes) {
    }

    private record FactorSpec(long id, String name, Integer source, FourAction action, List<Integer> customers,
                              List<Tuple.Tuple2<Integer, Integer>> ratings) {
    }

    private static Arbitrary<String> word() {
        return Arbitraries.of("price", "stock", "fresh bread", "queue", "parking", "Price", "opening hours");
    }

    @Provide
    Arbitrary<CanvasContent> contents() {
        Arbitrary<ItemSpec> item = Combinators.combine(Arbitraries.longs().between(1, 25),
                Arbitraries.of(Section.class), word(), Arbitraries.of(ColourTag.class),
                Arbitraries.integers().between(1, 5), Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 5), Arbitraries.of("", "", "a note")).as(ItemSpec::new);
        Arbitrary<FactorSpec> factor = Combinators.combine(Arbitraries.longs().between(1, 8), word(),
                Arbitraries.integers().between(0, 50).injectNull(0.5), Arbitraries.of(FourAction.class),
                Arbitraries.integers().between(0, 50).list().ofMaxSize(3),
                Arbitraries.integers().between(0, 50).tuple2().list().ofMaxSize(6)).as(FactorSpec::new);
        return Combinators.combine(Arbitraries.of("Grocer", "Bakery"), Arbitraries.of("", "Notes"),
                        item.list().ofMaxSize(20), Arbitraries.integers().between(0, 400).tuple2().list().ofMaxSize(15),
                        factor.list().ofMaxSize(5))
                .as(CanvasDiffPropertyTest::content);
    }

    private static CanvasContent content(String name, String notes, List<ItemSpec> specs,
                                         List<Tuple.Tuple2<Integer, Integer>> pairs, List<FactorSpec> factorSpecs) {
        Map<Long, Item> items = new LinkedHashMap<>();
        int[] positions = new int[Section.values().length];
        for (ItemSpec s : specs) {
            items.putIfAbsent(s.id(), new Item(s.id(), 1, s.section(), positions[s.section().ordinal()]++, s.text(),
                    s.notes(), s.colour(), "", s.importance(), s.promise() && s.section().isOffering(), s.target()));
        }
        Instant when = Instant.parse("2026-01-01T00:00:00Z");
        List<Item> offering = items.values().stream().filter(Item::isOffering).toList();
        List<Item> customer = items.values().stream().filter(Item::isCustomer).toList();
        Set<FitLink> links = new LinkedHashSet<>();
        if (!offering.isEmpty() && !customer.isEmpty()) {
            pairs.forEach(p -> links.add(new FitLink(offering.get(p.get1() % offering.size()).id(),
                    customer.get(p.get2() % customer.size()).id())));
        }
        CanvasContent plain = new CanvasContent(new Canvas(1, name, "", "", notes, when, when),
                List.copyOf(items.values()), List.copyOf(links));
        List<Offer> offers = plain.offers();
        List<Item> all = List.copyOf(items.values());
        Map<Long, Factor> factors = new LinkedHashMap<>();
        Set<FactorLink> factorLinks = new LinkedHashSet<>();
        Map<List<Long>, Rating> ratings = new LinkedHashMap<>();
        for (FactorSpec f : factorSpecs) {
            if (factors.containsKey(f.id())) {
                continue;
            }
            long source = f.source() == null || all.isEmpty() ? 0 : all.get(f.source() % all.size()).id();
            factors.put(f.id(), new Factor(f.id(), 1, factors.size(), f.name(), source, f.action(), ""));
            if (!customer.isEmpty()) {
                f.customers().forEach(c -> factorLinks.add(new FactorLink(f.id(), customer.get(c % customer.size()).id())));
            }
            for (Tuple.Tuple2<Integer, Integer> r : f.ratings()) {
                long offer = offers.get(r.get1() % offers.size()).id();
                ratings.put(List.of(f.id(), offer), new Rating(f.id(), offer, r.get2() % 6, r.get2() > 40 ? "why" : ""));
            }
        }
        return plain.withStrategy(new Strategy(List.copyOf(factors.values()), List.copyOf(factorLinks),
                new ArrayList<>(ratings.values())));
    }
}
