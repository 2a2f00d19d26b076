package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.FeedbackCells;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackImport;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

class FeedbackRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private Workspace ws;
    private FeedbackRepository repo;
    private long canvas;
    private long promiseA;
    private long promiseB;

    @BeforeEach
    void open() {
        ws = TestWorkspaces.open(dir.resolve("ws.db"), false);
        repo = ws.feedback();
        canvas = ws.canvases().insert(Canvas.draft("Shop", T0)).id();
        promiseA = ws.items().append(Item.draft(canvas, Section.FEATURES, "Always in stock").withPromise(true, 4)).id();
        promiseB = ws.items().append(Item.draft(canvas, Section.BENEFITS, "Low prices").withPromise(true, 5)).id();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void storesAndReadsBackEveryField() {
        Feedback full = new Feedback(0, canvas, promiseA, 6, FeedbackScale.ONE_TO_SEVEN, 7.0, Voice.PARTNER,
                "Support ticket", "Regulars", LocalDate.of(2024, 5, 6), "R-17", "Shelf empty,\n\"again\"", null);
        Feedback stored = repo.insert(full);
        assertThat(stored.id()).isPositive();
        assertThat(repo.find(stored.id())).contains(full.withId(stored.id()));
        assertThat(stored.channel()).isEqualTo("support ticket");
        Feedback bare = repo.insert(Feedback.draft(canvas, promiseB, 3, FeedbackScale.ONE_TO_FIVE));
        assertThat(repo.find(bare.id()).orElseThrow().date()).isNull();
        assertThat(repo.find(bare.id()).orElseThrow().expectation()).isNull();
        assertThat(repo.find(bare.id()).orElseThrow().importId()).isNull();

        Feedback edited = stored.withScore(2, FeedbackScale.ONE_TO_FIVE, null).withComment("fixed");
        repo.update(edited);
        assertThat(repo.find(stored.id())).contains(edited);
        repo.delete(stored.id());
        assertThat(repo.find(stored.id())).isEmpty();
        assertThatThrownBy(() -> repo.delete(stored.id())).isInstanceOf(StoreException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void keepsTheRunningSumsEqualToTheRecordsThroughEveryEdit() {
        Random random = new Random(42);
        List<Feedback> live = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            int action = live.isEmpty() ? 0 : random.nextInt(4);
            if (action <= 1) {
                live.add(repo.insert(randomRecord(random)));
            } else if (action == 2) {
                Feedback old = live.remove(random.nextInt(live.size()));
                Feedback changed = randomRecord(random).withId(old.id());
                repo.update(changed);
                live.add(changed);
            } else {
                Feedback old = live.remove(random.nextInt(live.size()));
                repo.delete(old.id());
            }
        }
        assertEveryFilterReadsTheRecordsSums(live);
        var facets = repo.facets(canvas);
        var expected = FeedbackCells.facets(live);
        assertThat(facets.records()).isEqualTo(expected.records());
        assertThat(facets.recordsByVoice()).isEqualTo(expected.recordsByVoice());
        assertThat(facets.segments()).isEqualTo(expected.segments());
        assertThat(facets.channels()).isEqualTo(expected.channels());
        assertThat(facets.firstDate()).isEqualTo(expected.firstDate());
        assertThat(facets.lastDate()).isEqualTo(expected.lastDate());

        // An import deleted (an undone import) and a promise deleted and brought back (its delete undone) take
        // their records off the sums and put them back.
        FeedbackImport extra = repo.insertImport(new FeedbackImport(0, canvas, "extra.csv", "x", T0, 0));
        ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                for (int i = 0; i < 200; i++) {
                    writer.add(randomRecord(random).withImport(extra.id()));
                }
                writer.finish();
            }
            return null;
        });
        repo.deleteImport(extra.id());
        assertEveryFilterReadsTheRecordsSums(live);
        Item promise = ws.items().find(promiseA).orElseThrow();
        long parcel = repo.parkPromise(promiseA);
        ws.items().delete(promiseA);
        ws.items().insert(promise);
        repo.unpark(parcel);
        assertEveryFilterReadsTheRecordsSums(live);
        live.forEach(f -> repo.delete(f.id()));
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).isEmpty();
        assertThat(rows("SELECT count(*) FROM feedback_cell")).isZero();
        assertThat(rows("SELECT count(*) FROM feedback_month_cell")).isZero();
    }

    /**
     * Each kind of filter, against the same figures computed from the records in Java: without segment or channel
     * (sums per day), with them and whole months or no dates (sums per month), with them and a range that cuts a
     * month (the records).
     */
    private void assertEveryFilterReadsTheRecordsSums(List<Feedback> live) {
        LocalDate march = LocalDate.of(2024, 3, 1);
        List<FeedbackFilter> filters = List.of(
                FeedbackFilter.NONE,
                new FeedbackFilter(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 5, 20), null, null, Voice.CUSTOMER),
                new FeedbackFilter(null, null, "REGULARS", null, Voice.CUSTOMER),
                new FeedbackFilter(null, null, null, "kiosk", Voice.PARTNER),
                new FeedbackFilter(march, LocalDate.of(2024, 6, 30), "REGULARS", "Survey", Voice.EMPLOYEE),
                new FeedbackFilter(null, LocalDate.of(2024, 2, 29), "new", null, Voice.CUSTOMER),
                new FeedbackFilter(march, null, null, "review", Voice.CUSTOMER),
                new FeedbackFilter(march.plusDays(1), LocalDate.of(2024, 6, 30), "Regulars", null, Voice.CUSTOMER),
                new FeedbackFilter(march, LocalDate.of(2024, 6, 29), null, "survey", Voice.CUSTOMER),
                new FeedbackFilter(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 4, 15), "New", "Kiosk", Voice.CUSTOMER));
        for (FeedbackFilter filter : filters) {
            assertSameCells(repo.cells(canvas, filter), FeedbackCells.of(live, filter));
            for (long promise : new long[] {0, promiseA}) {
                for (Voice voice : new Voice[] {null, Voice.EMPLOYEE}) {
                    for (boolean commentedOnly : new boolean[] {false, true}) {
                        long expected = live.stream().filter(filter::matches)
                                .filter(f -> promise == 0 || f.promiseItemId() == promise)
                                .filter(f -> voice == null || f.voice() == voice)
                                .filter(f -> !commentedOnly || !f.comment().isEmpty()).count();
                        assertThat(repo.count(canvas, promise, filter, voice, commentedOnly))
                                .as("%s, promise %d, voice %s, commented only %s", filter, promise, voice, commentedOnly)
                                .isEqualTo(expected);
                    }
                }
            }
        }
        assertThat(repo.count(canvas)).isEqualTo(live.size());
    }

    @Test
    void writesManyRecordsInBatchesWithTheirSums() {
        Random random = new Random(7);
        List<Feedback> written = new ArrayList<>();
        FeedbackImport imported = repo.insertImport(new FeedbackImport(0, canvas, "big.csv", "abc", T0, 0));
        ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                for (int i = 0; i < 2_500; i++) {
                    Feedback f = randomRecord(random).withImport(imported.id());
                    writer.add(f);
                    written.add(f);
                }
                assertThat(writer.finish()).isEqualTo(2_500);
            }
            return null;
        });
        repo.finishImport(imported.id(), "abc", 2_500);
        assertThat(repo.count(canvas)).isEqualTo(2_500);
        assertSameCells(repo.cells(canvas, FeedbackFilter.NONE), FeedbackCells.of(written, FeedbackFilter.NONE));
        assertThat(repo.findImport(canvas, "abc")).map(FeedbackImport::rowCount).contains(2_500L);
        assertThat(repo.findImport(canvas, "other")).isEmpty();
        long first = repo.firstRecordOfImport(imported.id());
        assertThat(rows("SELECT max(id) - min(id) + 1 FROM feedback")).isEqualTo(2_500);
        assertThat(first).isEqualTo(rows("SELECT min(id) FROM feedback"));

        repo.insert(Feedback.draft(canvas, promiseA, 5, FeedbackScale.ONE_TO_FIVE));
        repo.deleteImport(imported.id());
        assertThat(repo.count(canvas)).isEqualTo(1);
        assertThat(repo.imports(canvas)).isEmpty();
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).hasSize(1);
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void aLargeImportIntoASmallerTableWritesWithoutTheIndexesAndBuildsTheSameOnesAgain() {
        Random random = new Random(11);
        List<Feedback> written = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            written.add(repo.insert(randomRecord(random)));
        }
        List<String> indexesBefore = feedbackIndexes();
        assertThat(indexesBefore).hasSize(4);
        FeedbackImport imported = repo.insertImport(new FeedbackImport(0, canvas, "big.csv", "abc", T0, 0));
        ws.transaction(c -> {
            try (FeedbackWriter writer = new FeedbackWriter(c, 100)) {
                for (int i = 0; i < 500; i++) {
                    Feedback f = randomRecord(random).withImport(imported.id());
                    writer.add(f);
                    written.add(f);
                    if (i == 20) {
                        writer.expectAbout(500);
                        assertThat(indexes(c)).as("indexes while writing").hasSize(2)
                                .allMatch(sql -> sql.contains("by_canvas") || sql.contains("by_import"));
                    }
                }
                writer.finish();
            }
            return null;
        });
        assertThat(feedbackIndexes()).isEqualTo(indexesBefore);
        String integrity = ws.transaction(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery("PRAGMA integrity_check")) {
                return r.next() ? r.getString(1) : "no answer";
            }
        });
        assertThat(integrity).isEqualTo("ok");
        assertThat(repo.count(canvas)).isEqualTo(530);
        assertSameCells(repo.cells(canvas, FeedbackFilter.NONE), FeedbackCells.of(written, FeedbackFilter.NONE));
        assertThat(repo.firstRecordOfImport(imported.id()))
                .isEqualTo(rows("SELECT min(id) FROM feedback WHERE import_id = " + imported.id()));
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void aSmallImportOrOneSmallerThanTheTableKeepsTheIndexes() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            repo.insert(randomRecord(random));
        }
        ws.transaction(c -> {
            try (FeedbackWriter small = new FeedbackWriter(c, 100)) {
                small.expectAbout(99);
                assertThat(indexes(c)).hasSize(4);
            }
            try (FeedbackWriter smallerThanTheTable = new FeedbackWriter(c, 100)) {
                smallerThanTheTable.expectAbout(150);
                assertThat(indexes(c)).hasSize(4);
                smallerThanTheTable.expectAbout(5_000);
                assertThat(indexes(c)).as("only the first estimate counts").hasSize(4);
            }
            return null;
        });
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void aLargeImportThatFailsLeavesTheIndexesAsTheyWere() {
        List<String> indexesBefore = feedbackIndexes();
        Random random = new Random(13);
        assertThatThrownBy(() -> ws.transaction(c -> {
            try (FeedbackWriter writer = new FeedbackWriter(c, 100)) {
                writer.expectAbout(1_000);
                for (int i = 0; i < 300; i++) {
                    writer.add(randomRecord(random));
                }
                assertThat(indexes(c)).hasSize(2);
                throw new IllegalStateException("row 301 is bad");
            }
        })).hasMessage("row 301 is bad");
        assertThat(feedbackIndexes()).isEqualTo(indexesBefore);
        assertThat(repo.count(canvas)).isZero();
    }

    @Test
    @Tag("sqlite-only") // SQLite's sorting threads and page cache
    void aLargeImportBuildsItsIndexesWithSortingHelpersAndLeavesTheConnectionAsItWas() {
        Random random = new Random(14);
        FeedbackImport imported = repo.insertImport(new FeedbackImport(0, canvas, "big.csv", "def", T0, 0));
        ws.transaction(c -> {
            long threadsBefore = pragma(c, "threads");
            long cacheBefore = pragma(c, "cache_size");
            try (FeedbackWriter writer = new FeedbackWriter(c, 100)) {
                writer.expectAbout(500);
                for (int i = 0; i < 500; i++) {
                    writer.add(randomRecord(random).withImport(imported.id()));
                }
                writer.finish();
                assertThat(pragma(c, "threads")).as("helper threads while the indexes were built").isPositive();
            }
            assertThat(pragma(c, "threads")).isEqualTo(threadsBefore);
            assertThat(pragma(c, "cache_size")).isEqualTo(cacheBefore);
            return null;
        });
        assertThat(repo.count(canvas)).isEqualTo(500);
    }

    private static long pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getLong(1);
        }
    }

    private List<String> feedbackIndexes() {
        return ws.transaction(FeedbackRepositoryTest::indexes);
    }

    /** The feedback table's indexes as their CREATE statements, by name. */
    private static List<String> indexes(java.sql.Connection c) throws java.sql.SQLException {
        List<String> sql = new ArrayList<>();
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'index'"
                + " AND tbl_name = 'feedback' AND sql IS NOT NULL ORDER BY name")) {
            while (r.next()) {
                sql.add(r.getString(1));
            }
        }
        return sql;
    }

    @Test
    void listsRecordsNewestFirstPageByPage() {
        repo.insert(dated(promiseA, "2024-01-05", "first"));
        repo.insert(dated(promiseA, "2024-03-05", ""));
        repo.insert(dated(promiseA, null, "undated"));
        repo.insert(dated(promiseB, "2024-02-05", "other promise"));
        List<Feedback> all = repo.list(canvas, promiseA, FeedbackFilter.NONE, null, false, 0, 10);
        assertThat(all).extracting(Feedback::date).containsExactly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 1, 5), null);
        assertThat(repo.list(canvas, promiseA, FeedbackFilter.NONE, null, true, 0, 10))
                .extracting(Feedback::comment).containsExactly("first", "undated");
        assertThat(repo.list(canvas, 0, FeedbackFilter.NONE, null, true, 1, 1))
                .extracting(Feedback::comment).containsExactly("first");
        assertThat(repo.count(canvas, 0, new FeedbackFilter(LocalDate.of(2024, 2, 1), null, null, null, null),
                Voice.CUSTOMER, false)).isEqualTo(2);
        assertThat(repo.count(canvas, 0, FeedbackFilter.NONE, Voice.EMPLOYEE, false)).isZero();
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void theDrillDownsCommentPagesAndCountsReadTheCommentIndexInItsOrder() {
        repo.insert(dated(promiseA, "2024-01-05", "first"));
        repo.insert(dated(promiseA, "2024-03-05", ""));
        FeedbackFilter spring = new FeedbackFilter(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 31), null, null,
                null);
        for (FeedbackFilter filter : List.of(FeedbackFilter.NONE, spring)) {
            assertThat(plan(FeedbackQueries.listQuery(SqlDialect.SQLITE, canvas, promiseA, filter, Voice.CUSTOMER, true, 50, 50)))
                    .contains("USING INDEX feedback_comments_by_promise").doesNotContain("TEMP B-TREE");
            assertThat(plan(FeedbackQueries.countQuery(SqlDialect.SQLITE, canvas, promiseA, filter, Voice.CUSTOMER, true)))
                    .contains("USING INDEX feedback_comments_by_promise");
        }
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void thePagesOfAllRecordsReadThePromiseIndexNotTheWholeCanvas() {
        repo.insert(dated(promiseA, "2024-01-05", "first"));
        FeedbackFilter cutMonth = new FeedbackFilter(LocalDate.of(2024, 3, 2), null, "Regulars", null, null);
        for (Voice voice : new Voice[] {Voice.CUSTOMER, null}) {
            for (FeedbackFilter filter : List.of(FeedbackFilter.NONE, cutMonth)) {
                assertThat(plan(FeedbackQueries.listQuery(SqlDialect.SQLITE, canvas, promiseA, filter, voice, false, 0, 50)))
                        .contains("USING INDEX feedback_by_promise");
            }
            assertThat(plan(FeedbackQueries.countQuery(SqlDialect.SQLITE, canvas, promiseA, cutMonth, voice, false)))
                    .contains("USING INDEX feedback_by_promise");
        }
    }

    @Test
    @Tag("sqlite-only") // SQLite's own query plans and bulk-load index handling
    void figuresAndCountsUnderAFilterReadTheSumsUnlessTheRangeCutsAMonth() {
        repo.insert(dated(promiseA, "2024-01-05", "first"));
        LocalDate march = LocalDate.of(2024, 3, 1);
        for (FeedbackFilter filter : List.of(
                new FeedbackFilter(null, null, "Regulars", null, null),
                new FeedbackFilter(march, LocalDate.of(2024, 5, 31), null, "survey", null),
                new FeedbackFilter(null, LocalDate.of(2024, 2, 29), "Regulars", "survey", null))) {
            assertThat(plan(FeedbackQueries.cellsQuery(SqlDialect.SQLITE, canvas, filter)))
                    .contains("feedback_month_cell").doesNotContainPattern("(SCAN|SEARCH) feedback ");
        }
        assertThat(plan(FeedbackQueries.cellsQuery(SqlDialect.SQLITE, canvas, FeedbackFilter.NONE)))
                .contains("feedback_cell").doesNotContainPattern("(SCAN|SEARCH) feedback ");
        FeedbackFilter cutMonth = new FeedbackFilter(march, LocalDate.of(2024, 5, 30), "Regulars", null, null);
        assertThat(plan(FeedbackQueries.cellsQuery(SqlDialect.SQLITE, canvas, cutMonth))).containsPattern("(SCAN|SEARCH) feedback ");
        FeedbackFilter students = new FeedbackFilter(null, null, "Students", null, null);
        for (boolean commentedOnly : new boolean[] {false, true}) {
            assertThat(plan(FeedbackQueries.countQuery(SqlDialect.SQLITE, canvas, promiseA, students, Voice.CUSTOMER, commentedOnly)))
                    .contains("feedback_month_cell").doesNotContainPattern("(SCAN|SEARCH) feedback ");
        }
        assertThat(plan(FeedbackQueries.countQuery(SqlDialect.SQLITE, canvas, promiseA, FeedbackFilter.NONE, Voice.CUSTOMER, false)))
                .contains("feedback_cell").doesNotContainPattern("(SCAN|SEARCH) feedback ");
    }

    @Test
    void theMonthSumsCountCommentedRecordsThroughEdits() {
        FeedbackFilter regulars = new FeedbackFilter(null, null, "Regulars", null, null);
        Feedback first = repo.insert(regular("2024-01-05", "first"));
        Feedback second = repo.insert(regular("2024-01-20", "second"));
        repo.insert(regular("2024-01-25", ""));
        assertThat(repo.count(canvas, promiseA, regulars, Voice.CUSTOMER, true)).isEqualTo(2);

        repo.delete(first.id());
        assertThat(repo.count(canvas, promiseA, regulars, Voice.CUSTOMER, true)).isEqualTo(1);
        repo.update(second.withComment(""));
        assertThat(repo.count(canvas, promiseA, regulars, Voice.CUSTOMER, true)).isZero();
        assertThat(repo.count(canvas, promiseA, regulars, Voice.CUSTOMER, false)).isEqualTo(2);
    }

    /** What SQLite will do for {@code query}: one line per step of its plan. */
    private String plan(FeedbackQueries.Query query) {
        return ws.transaction(c -> {
            try (var statement = c.prepareStatement("EXPLAIN QUERY PLAN " + query.sql())) {
                for (int i = 0; i < query.args().length; i++) {
                    statement.setObject(i + 1, query.args()[i]);
                }
                StringBuilder plan = new StringBuilder();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString("detail")).append('\n');
                    }
                }
                return plan.toString();
            }
        });
    }

    @Test
    void deletingAPromiseOrCanvasTakesItsFeedbackAlongAndParkingBringsItBack() {
        Feedback a = repo.insert(dated(promiseA, "2024-01-05", "kept"));
        Feedback b = repo.insert(dated(promiseB, "2024-01-06", ""));
        Item promise = ws.items().find(promiseA).orElseThrow();

        long parcel = repo.parkPromise(promiseA);
        ws.items().delete(promiseA);
        assertThat(repo.find(a.id())).isEmpty();
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).extracting(FeedbackCell::promiseItemId).containsOnly(promiseB);
        ws.items().insert(promise);
        repo.unpark(parcel);
        assertThat(repo.find(a.id())).contains(a);
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).extracting(FeedbackCell::promiseItemId)
                .containsExactly(promiseA, promiseB);
        assertThat(rows("SELECT count(*) FROM feedback_trash")).isZero();

        FeedbackImport imported = repo.insertImport(new FeedbackImport(0, canvas, "f.csv", "h", T0, 1));
        Feedback c = repo.insert(dated(promiseB, "2024-01-07", "").withImport(imported.id()));
        var content = ws.canvases().content(canvas).orElseThrow();
        long canvasParcel = repo.parkCanvas(canvas);
        ws.canvases().delete(canvas);
        assertThat(repo.count(canvas)).isZero();
        assertThat(repo.imports(canvas)).isEmpty();
        ws.canvases().insert(content.canvas());
        content.items().forEach(ws.items()::insert);
        repo.unpark(canvasParcel);
        assertThat(repo.find(b.id())).contains(b);
        assertThat(repo.find(c.id())).contains(c);
        assertThat(repo.imports(canvas)).containsExactly(imported);
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).extracting(FeedbackCell::count).containsExactly(1L, 2L);

        repo.parkPromise(promiseB);
        repo.emptyTrash();
        assertThat(rows("SELECT count(*) FROM feedback_trash")).isZero();
    }

    private Feedback dated(long promise, String date, String comment) {
        return new Feedback(0, canvas, promise, 4, FeedbackScale.ONE_TO_FIVE, null, Voice.CUSTOMER, "survey", "",
                date == null ? null : LocalDate.parse(date), "", comment, null);
    }

    private Feedback regular(String date, String comment) {
        Feedback f = dated(promiseA, date, comment);
        return f.withSource(f.voice(), f.channel(), "Regulars", f.date(), f.respondent());
    }

    private Feedback randomRecord(Random random) {
        FeedbackScale scale = FeedbackScale.values()[random.nextInt(4)];
        double score = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
        Double expectation = random.nextBoolean() ? null : (double) scale.min() + random.nextInt(scale.max() - scale.min() + 1);
        String[] segments = {"", "Regulars", "regulars", "New"};
        String[] channels = {"survey", "review", "", "Kiosk"};
        LocalDate date = random.nextInt(5) == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
        return new Feedback(0, canvas, random.nextBoolean() ? promiseA : promiseB, score, scale, expectation,
                Voice.values()[random.nextInt(4)], channels[random.nextInt(4)], segments[random.nextInt(4)], date,
                "R" + random.nextInt(50), random.nextInt(3) == 0 ? "said something" : "", null);
    }

    private static void assertSameCells(List<FeedbackCell> actual, List<FeedbackCell> expected) {
        Comparator<FeedbackCell> order = Comparator.comparingLong(FeedbackCell::promiseItemId)
                .thenComparing(FeedbackCell::voice)
                .thenComparing(FeedbackCell::day, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<FeedbackCell> a = actual.stream().sorted(order).toList();
        List<FeedbackCell> e = expected.stream().sorted(order).toList();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.size(); i++) {
            FeedbackCell x = a.get(i);
            FeedbackCell y = e.get(i);
            assertThat(x.promiseItemId()).isEqualTo(y.promiseItemId());
            assertThat(x.voice()).isEqualTo(y.voice());
            assertThat(x.day()).isEqualTo(y.day());
            assertThat(x.count()).isEqualTo(y.count());
            assertThat(x.sum5()).isCloseTo(y.sum5(), within(1e-9));
            assertThat(x.sumSquares5()).isCloseTo(y.sumSquares5(), within(1e-9));
            assertThat(x.expectationCount()).isEqualTo(y.expectationCount());
            assertThat(x.expectationGapSum()).isCloseTo(y.expectationGapSum(), within(1e-9));
            assertThat(x.npsCount()).isEqualTo(y.npsCount());
            assertThat(x.promoters()).isEqualTo(y.promoters());
            assertThat(x.detractors()).isEqualTo(y.detractors());
        }
    }

    private long rows(String sql) {
        return ws.transaction(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
