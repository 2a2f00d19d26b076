package org.valuebench.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.valuebench.app.AppException;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasVersion;

/**
 * Property: for random sequences of edits (items added, edited, removed; links; promise targets; factors and
 * ratings) with versions taken between them, restoring any version gives back exactly that version's content (the
 * exchange JSON, apart from the time of the last change), and the version's own JSON is what was exported then.
 */
@Tag("sqlite-only") // on SQLite, as the issue asks; the use cases run on both engines in HistoryUseCasesTest
class RestorePropertyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T09:00:00Z"), ZoneOffset.UTC);
    private static Path folder;
    private static Workbench wb;

    record Edit(int kind, int a, int b, String text) {
    }

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("valuebench-restore");
        wb = TestWorkbenches.open(folder.resolve("ws.db"), false, CLOCK);
    }

    @AfterContainer
    static void close() throws IOException {
        wb.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', '"').ofMinLength(1).ofMaxLength(12)
                        .filter(t -> !t.isBlank())).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 25)
    void restoringAnyVersionGivesBackExactlyItsContent(@ForAll("edits") List<Edit> edits,
                                                       @ForAll @IntRange(min = 1, max = 5) int every) {
        HistoryUseCases history = new HistoryUseCases(wb);
        StrategyUseCases strategy = new StrategyUseCases(wb, new GapUseCases(wb));
        long canvas = wb.createCanvas("Property").canvas().orElseThrow().canvas().id();
        Map<Long, String> taken = new LinkedHashMap<>();
        for (int i = 0; i < edits.size(); i++) {
            apply(edits.get(i), canvas, strategy);
            if (i % every == every - 1) {
                CanvasVersion v = history.save(canvas, "after edit " + (i + 1));
                taken.put(v.id(), HistoryUseCasesTest.json(wb, canvas));
            }
        }
        List<Long> ids = new ArrayList<>(taken.keySet());
        java.util.Collections.shuffle(ids, new java.util.Random(edits.size()));
        for (long id : ids) {
            history.restore(id);
            assertThat(HistoryUseCasesTest.json(wb, canvas)).isEqualTo(taken.get(id));
            assertThat(HistoryUseCasesTest.withoutUpdated(new String(history.json(id), StandardCharsets.UTF_8)))
                    .isEqualTo(taken.get(id));
        }
        wb.deleteCanvas(canvas);
    }

    private static void apply(Edit e, long canvas, StrategyUseCases strategy) {
        CanvasContent c = wb.canvas(canvas);
        List<Item> items = c.items();
        List<Item> offering = items.stream().filter(Item::isOffering).toList();
        List<Item> customer = items.stream().filter(Item::isCustomer).toList();
        List<Factor> factors = c.strategy().factors();
        try {
            switch (e.kind()) {
                case 0, 1 -> wb.addItem(canvas, Section.values()[e.a() % Section.values().length], e.text(), -1);
                case 2 -> {
                    if (!items.isEmpty()) {
                        wb.updateItem(items.get(e.a() % items.size()).withText(e.text()));
                    }
                }
                case 3 -> {
                    if (!items.isEmpty()) {
                        wb.deleteItem(items.get(e.a() % items.size()).id());
                    }
                }
                case 4 -> {
                    if (!offering.isEmpty() && !customer.isEmpty()) {
                        wb.link(offering.get(e.a() % offering.size()).id(), customer.get(e.b() % customer.size()).id());
                    }
                }
                case 5 -> {
                    if (!c.links().isEmpty()) {
                        FitLink l = c.links().get(e.a() % c.links().size());
                        wb.unlink(l.offeringItemId(), l.customerItemId());
                    }
                }
                case 6 -> {
                    if (!offering.isEmpty()) {
                        Item o = offering.get(e.a() % offering.size());
                        wb.updateItem(o.withPromise(e.b() % 3 != 0, 1 + e.b() % 5));
                    }
                }
                case 7 -> strategy.addFactor(canvas, e.text(), -1);
                case 8 -> {
                    if (!factors.isEmpty()) {
                        strategy.rate(factors.get(e.a() % factors.size()).id(), Offer.OURS, 1 + e.b() % 10);
                    }
                }
                default -> {
                    if (!factors.isEmpty()) {
                        strategy.deleteFactor(factors.get(e.a() % factors.size()).id());
                    }
                }
            }
        } catch (AppException refused) {
            // An edit the rules refuse (a score outside its scale, say) changes nothing: the sequence goes on.
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
