package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;
import org.valuebench.domain.Voice;
import org.valuebench.io.ShippedSchema;
import org.valuebench.io.TestCanvases;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.store.TestWorkspaces;

/**
 * Property: for any canvas with any strategy (factors, their links and ratings) and any feedback, however hostile its text (quotes, back-slashes, emoji,
 * right-to-left text, 2,000-character items, control characters), export, import and export again gives the
 * same document apart from the timestamps, the imported canvas holds the same items, links, factors, ratings and
 * feedback records, and the export matches the schema.
 */
class ExchangeRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);
    /** NUL only in the run on SQLite: a team workspace on PostgreSQL refuses it with a message (TeamNulTest). */
    private static final List<String> HOSTILE_PIECES = Stream.of("\"", "\\", "\\n", "\\u0041", "/", "🚀", "👍🏽",
            "👨‍👩‍👧", "שלום", "مرحبا", "\u202Eevil\u202C", "\u0000", "\u0001", "\u001F", "\u007F", "\t", "\n",
            "\r\n", "\u2028", "\u2029", "é", "e\u0301", "</script>", "&amp;", "{\"a\": [1]}", "  ", "word ",
            "\uFEFF", "\uFFFF", "𝄞", "ñ", "中文", "#", "*", "|")
            .filter(piece -> !TestWorkspaces.onTeamServer() || !piece.contains("\u0000")).toList();

    private static Path folder;
    private static Workbench workbench;
    private static ExchangeUseCases exchange;
    private static FeedbackUseCases feedback;
    private static ShippedSchema schema;

    @BeforeContainer
    static void openWorkspace() throws IOException {
        folder = Files.createTempDirectory("valuebench-roundtrip");
        workbench = TestWorkbenches.open(folder.resolve("workspace.db"), false, CLOCK);
        exchange = new ExchangeUseCases(workbench);
        feedback = new FeedbackUseCases(workbench);
        schema = new ShippedSchema();
    }

    @AfterContainer
    static void deleteWorkspace() throws IOException {
        workbench.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 150)
    void exportImportExportIsLossless(@ForAll("canvases") CanvasContent generated,
                                      @ForAll("feedback") List<RecordSpec> records) {
        CanvasContent stored = workbench.addCanvas("Generated", generated, generated.canvas().name())
                .canvas().orElseThrow();
        long original = stored.canvas().id();
        List<Item> promises = stored.promises();
        if (!promises.isEmpty()) {
            records.forEach(r -> feedback.add(r.on(promises.get(r.promiseIndex() % promises.size()))));
        }
        Statistics.label("feedback").collect(promises.isEmpty() || records.isEmpty() ? "none" : "some");
        // The share of tries with feedback varies from run to run close to the old floor of 30 % (29.3 % in one run
        // of 150 tries failed the build); 20 % still catches a generator that stops making feedback.
        Statistics.label("feedback").coverage(check -> check.check("some").percentage(p -> p >= 20));
        String first = export(original);
        assertThat(schema.problems(first)).isEmpty();

        Change change = exchange.importJson(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                "generated.json");
        long imported = change.canvas().orElseThrow().canvas().id();
        assertThat(imported).isNotEqualTo(original);
        assertThat(ExchangeUseCasesTest.withoutTimestamps(export(imported)))
                .isEqualTo(ExchangeUseCasesTest.withoutTimestamps(first));
        CanvasContent before = workbench.canvas(original);
        CanvasContent after = workbench.canvas(imported);
        assertThat(TestCanvases.withoutIds(after)).isEqualTo(TestCanvases.withoutIds(before));
        assertThat(after.links()).hasSameSizeAs(before.links());
        assertThat(TestCanvases.strategyWithoutIds(after)).isEqualTo(TestCanvases.strategyWithoutIds(before));
        Statistics.label("factors").collect(before.strategy().isEmpty() ? "none" : "some");
        Statistics.label("factors").coverage(check -> check.check("some").percentage(p -> p >= 30));
        assertThat(after.canvas().withId(0).withUpdated(Instant.EPOCH))
                .isEqualTo(new Canvas(0, before.canvas().name(), before.canvas().segment(),
                        before.canvas().offering(), before.canvas().notes(), after.canvas().created(), Instant.EPOCH));
        assertThat(records(imported)).isEqualTo(records(original));
    }

    /** The canvas's records without ids, each with its promise's place on the canvas. */
    private static List<String> records(long canvasId) {
        List<Item> promises = workbench.canvas(canvasId).promises();
        List<Long> ids = promises.stream().map(Item::id).toList();
        return feedback.records(canvasId, 0, null, null, 0, Integer.MAX_VALUE).stream()
                .map(f -> ids.indexOf(f.promiseItemId()) + " " + f.withId(0).withPromise(0, 0))
                .sorted().toList();
    }

    private static String export(long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportJson(canvasId, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    // ---- generators

    /** A feedback record to add to the promise at {@code promiseIndex} (modulo the canvas's promises). */
    record RecordSpec(int promiseIndex, FeedbackScale scale, double fraction, Double expectationFraction, Voice voice,
                      String channel, String segment, LocalDate date, String respondent, String comment) {

        Feedback on(Item promise) {
            double span = scale.max() - scale.min();
            Double expectation = expectationFraction == null ? null : scale.min() + expectationFraction * span;
            return new Feedback(0, promise.canvasId(), promise.id(), scale.min() + fraction * span, scale,
                    expectation, voice, channel, segment, date, respondent, comment, null);
        }
    }

    @Provide
    Arbitrary<List<RecordSpec>> feedback() {
        Arbitrary<Double> fraction = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(0.0, 0.25, 0.5, 1.0)),
                Tuple.of(1, Arbitraries.doubles().between(0, 1)));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3_000)
                .map(days -> LocalDate.of(2018, 1, 1).plusDays(days));
        Arbitrary<RecordSpec> record = Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(0, 50), Arbitraries.of(FeedbackScale.class),
                        fraction, fraction.injectNull(0.6), Arbitraries.of(Voice.class)).as(Tuple::of),
                Combinators.combine(text(100).injectNull(0.3), text(Limits.MAX_NAME).injectNull(0.5),
                        dates.injectNull(0.3), text(Limits.MAX_NAME).injectNull(0.5),
                        text(3_000).injectNull(0.4)).as(Tuple::of))
                .as((a, b) -> new RecordSpec(a.get1(), a.get2(), a.get3(), a.get4(), a.get5(), b.get1(), b.get2(),
                        b.get3(), b.get4(), b.get5()));
        return record.list().ofMaxSize(12);
    }

    private record ItemSpec(Section section, String text, String notes, ColourTag colour, String author,
                            int importance, boolean promise, int target) {
    }

    /**
     * A factor made from the item at {@code source} (modulo the customer and offering items; null for a free
     * one), linked to the customer items at {@code customers}, rated for the offers at the indexes of
     * {@code ratings} (modulo the offers, ours first); a rating's score 0 is unknown.
     */
    record FactorSpec(String name, Integer source, FourAction action, String note, List<Integer> customers,
                      List<Tuple.Tuple3<Integer, Integer, String>> ratings) {
    }

    private static Arbitrary<List<FactorSpec>> factors() {
        Arbitrary<Tuple.Tuple3<Integer, Integer, String>> rating = Combinators.combine(
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 5),
                text(400).injectNull(0.6)).as(Tuple::of);
        Arbitrary<FactorSpec> factor = Combinators.combine(text(Limits.MAX_NAME),
                Arbitraries.integers().between(0, 100).injectNull(0.4), Arbitraries.of(FourAction.class),
                text(600).injectNull(0.5), Arbitraries.integers().between(0, 100).list().ofMaxSize(4),
                rating.list().ofMaxSize(8)).as(FactorSpec::new);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())),
                Tuple.of(4, factor.list().ofMinSize(1).ofMaxSize(8)));
    }

    @Provide
    Arbitrary<CanvasContent> canvases() {
        Arbitrary<ItemSpec> item = Combinators.combine(
                Arbitraries.of(Section.class), itemText(), text(300).injectNull(0.5), Arbitraries.of(ColourTag.class),
                text(Limits.MAX_AUTHOR).injectNull(0.6), Arbitraries.integers().between(1, 5),
                Arbitraries.of(true, false), Arbitraries.integers().between(1, 5))
                .as(ItemSpec::new);
        Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> links = Arbitraries.integers().between(0, 1_000)
                .tuple2().list().ofMaxSize(40);
        return Combinators.combine(text(Limits.MAX_NAME), text(Limits.MAX_NAME).injectNull(0.3),
                        text(Limits.MAX_NAME).injectNull(0.3), text(2_000).injectNull(0.5),
                        item.list().ofMaxSize(30), links, factors())
                .as(ExchangeRoundTripTest::canvas);
    }

    private static CanvasContent canvas(String name, String segment, String offering, String notes,
                                        List<ItemSpec> specs, List<Tuple.Tuple2<Integer, Integer>> pairs,
                                        List<FactorSpec> factorSpecs) {
        List<Item> items = new ArrayList<>();
        int[] positions = new int[Section.values().length];
        for (ItemSpec spec : specs) {
            boolean promise = spec.promise() && spec.section().isOffering();
            items.add(new Item(items.size() + 1L, 0, spec.section(), positions[spec.section().ordinal()]++,
                    spec.text(), orEmpty(spec.notes()), spec.colour(), orEmpty(spec.author()), spec.importance(),
                    promise, spec.target()));
        }
        List<Item> offeringItems = items.stream().filter(Item::isOffering).toList();
        List<Item> customerItems = items.stream().filter(Item::isCustomer).toList();
        Set<FitLink> links = new LinkedHashSet<>();
        if (!offeringItems.isEmpty() && !customerItems.isEmpty()) {
            for (Tuple.Tuple2<Integer, Integer> pair : pairs) {
                links.add(new FitLink(offeringItems.get(pair.get1() % offeringItems.size()).id(),
                        customerItems.get(pair.get2() % customerItems.size()).id()));
            }
        }
        Instant when = Instant.parse("2023-01-01T00:00:00Z");
        CanvasContent content = new CanvasContent(new Canvas(0, name, orEmpty(segment), orEmpty(offering),
                orEmpty(notes), when, when), items, List.copyOf(links));
        return content.withStrategy(strategy(content, factorSpecs));
    }

    /** Sources used once at most and links and cells once each, as the workspace keeps them. */
    private static Strategy strategy(CanvasContent content, List<FactorSpec> specs) {
        List<Item> sources = content.items().stream().filter(i -> i.isCustomer() || i.isOffering()).toList();
        List<Item> customers = content.items().stream().filter(Item::isCustomer).toList();
        List<Offer> offers = content.offers();
        Set<Long> used = new HashSet<>();
        List<Factor> factors = new ArrayList<>();
        Set<FactorLink> links = new LinkedHashSet<>();
        Map<List<Long>, Rating> ratings = new LinkedHashMap<>();
        for (FactorSpec spec : specs) {
            long id = factors.size() + 1L;
            long source = 0;
            if (spec.source() != null && !sources.isEmpty()) {
                long candidate = sources.get(spec.source() % sources.size()).id();
                source = used.add(candidate) ? candidate : 0;
            }
            factors.add(new Factor(id, 0, factors.size(), spec.name(), source, spec.action(), orEmpty(spec.note())));
            if (!customers.isEmpty()) {
                spec.customers().forEach(c -> links.add(new FactorLink(id, customers.get(c % customers.size()).id())));
            }
            for (Tuple.Tuple3<Integer, Integer, String> cell : spec.ratings()) {
                long offer = offers.get(cell.get1() % offers.size()).id();
                ratings.put(List.of(id, offer), new Rating(id, offer, cell.get2(), orEmpty(cell.get3())));
            }
        }
        return new Strategy(factors, List.copyOf(links), List.copyOf(ratings.values()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Item text: mostly hostile pieces, some arbitrary Unicode, sometimes exactly 2,000 characters. */
    private static Arbitrary<String> itemText() {
        return anyItemText().map(t -> t.startsWith("\u0000") ? "x" + capped(t, Limits.MAX_ITEM_TEXT - 1) : t);
    }

    /**
     * A workspace cannot store an item text that starts with NUL (the importer refuses those with a message,
     * see CanvasJsonReaderTest), so the generator does not make canvases with one.
     */
    private static Arbitrary<String> anyItemText() {
        Arbitrary<String> longAscii = Arbitraries.strings().withChars("ab \"\\\n✓é").ofLength(Limits.MAX_ITEM_TEXT - 1)
                .map(s -> "L" + s);
        Arbitrary<String> longEmoji = Arbitraries.of("🚀", "שׁ", "👍🏽").map(s -> {
            String repeated = s.repeat(Limits.MAX_ITEM_TEXT);
            return repeated.substring(0, repeated.offsetByCodePoints(0, Limits.MAX_ITEM_TEXT));
        });
        return Arbitraries.frequencyOf(Tuple.of(6, text(Limits.MAX_ITEM_TEXT)), Tuple.of(1, longAscii),
                Tuple.of(1, longEmoji));
    }

    /** Required text of at most {@code max} code points once stripped, as the domain keeps it. */
    private static Arbitrary<String> text(int max) {
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE_PIECES).list().ofMinSize(1).ofMaxSize(25)
                .map(pieces -> String.join("", pieces));
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .map(ExchangeRoundTripTest::wholeCharacters)
                .map(t -> TestWorkspaces.onTeamServer() ? t.replace("\u0000", "") : t);
        return Arbitraries.frequencyOf(Tuple.of(3, hostile), Tuple.of(2, unicode))
                .map(t -> capped(t.strip(), max))
                .filter(t -> !t.isEmpty());
    }

    /** Generated strings may hold half of a surrogate pair, which no file can carry; keep whole characters. */
    private static String wholeCharacters(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? 'x' : c);
            }
        }
        return out.toString();
    }

    private static String capped(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }
}
