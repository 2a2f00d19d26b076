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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * The bulk writer on both engines (SQLite's multi-row INSERT, PostgreSQL's COPY in chunks): every field of text
 * that COPY must escape comes back as written, across a chunk's end, with records given ids (a redo) between
 * records that get theirs from the table, and the running sums equal the records'.
 */
class FeedbackWriterTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    private static final String[] AWKWARD = {"", "tab\there", "two\nlines", "carriage\rreturn", "back\\slash",
        "\\N", "\\.", "\"quoted\", with comma", "Łódź € ✓ 🚀", "trailing\\"};

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
    void everyFieldComesBackAcrossChunksWithGivenAndNewIdsAndTheSumsAgree() {
        FeedbackImport imported = repo.insertImport(new FeedbackImport(0, canvas, "big.csv", "abc", T0, 0));
        int rows = 10_007;
        List<Feedback> written = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            FeedbackScale scale = FeedbackScale.values()[i % 4];
            double score = scale.min() + i % (scale.max() - scale.min() + 1);
            Double expectation = i % 3 == 0 ? null : (double) scale.max();
            LocalDate day = i % 5 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(i % 300);
            Feedback f = new Feedback(0, canvas, i % 2 == 0 ? promiseA : promiseB, score, scale, expectation,
                    Voice.values()[i % 4], AWKWARD[(i + 3) % AWKWARD.length], AWKWARD[(i + 5) % AWKWARD.length], day,
                    "R" + i, AWKWARD[i % AWKWARD.length], i % 7 == 0 ? null : imported.id());
            // A few records in the middle carry ids of their own, as a redo gives them.
            written.add(i >= 9_998 && i < 10_002 ? f.withId(1_000_000 + i) : f);
        }
        ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                written.forEach(writer::add);
                assertThat(writer.finish()).isEqualTo(rows);
            }
            return null;
        });

        List<Feedback> stored = repo.list(canvas, 0, FeedbackFilter.NONE, null, false, 0, Integer.MAX_VALUE);
        assertThat(stored).hasSize(rows);
        Comparator<Feedback> byRespondent = Comparator.comparingInt(f -> Integer.parseInt(f.respondent().substring(1)));
        List<Feedback> sorted = stored.stream().sorted(byRespondent).toList();
        for (int i = 0; i < rows; i++) {
            Feedback expected = written.get(i);
            Feedback actual = sorted.get(i);
            if (expected.id() != 0) {
                assertThat(actual.id()).isEqualTo(expected.id());
            }
            assertThat(actual.withId(0)).as("record %d", i).isEqualTo(expected.withId(0));
        }
        assertThat(stored.stream().map(Feedback::id).distinct()).hasSize(rows);
        List<FeedbackCell> cells = repo.cells(canvas, FeedbackFilter.NONE);
        List<FeedbackCell> expected = FeedbackCells.of(written, FeedbackFilter.NONE);
        Comparator<FeedbackCell> order = Comparator.comparingLong(FeedbackCell::promiseItemId)
                .thenComparing(FeedbackCell::voice)
                .thenComparing(FeedbackCell::day, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<FeedbackCell> a = cells.stream().sorted(order).toList();
        List<FeedbackCell> e = expected.stream().sorted(order).toList();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).count()).isEqualTo(e.get(i).count());
            assertThat(a.get(i).sum5()).isCloseTo(e.get(i).sum5(), within(1e-9));
            assertThat(a.get(i).expectationGapSum()).isCloseTo(e.get(i).expectationGapSum(), within(1e-9));
            assertThat(a.get(i).promoters()).isEqualTo(e.get(i).promoters());
        }
        // A record added afterwards gets a new id past every one written, the given ones included.
        long next = repo.insert(Feedback.draft(canvas, promiseA, 3, FeedbackScale.ONE_TO_FIVE)).id();
        assertThat(stored).allMatch(f -> f.id() != next);
    }

    @Test
    void aNulIsKeptInAFileAndRefusedByNameOnATeamWorkspaceWithNothingWritten() {
        org.assertj.core.api.ThrowableAssert.ThrowingCallable importing = () -> ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                writer.add(Feedback.draft(canvas, promiseA, 3, FeedbackScale.ONE_TO_FIVE));
                writer.add(Feedback.draft(canvas, promiseA, 4, FeedbackScale.ONE_TO_FIVE).withComment("a\u0000b"));
                writer.finish();
            }
            return null;
        });
        if (!TestWorkspaces.onTeamServer()) {
            // SQLite's text holds a NUL like any other character.
            org.assertj.core.api.Assertions.assertThatCode(importing).doesNotThrowAnyException();
            assertThat(repo.count(canvas)).isEqualTo(2);
            return;
        }
        assertThatThrownBy(importing).isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot hold the character NUL (U+0000)");
        assertThat(repo.count(canvas)).isZero();
        assertThat(repo.cells(canvas, FeedbackFilter.NONE)).isEmpty();
    }

    /**
     * On a team workspace the records stream to the server while the writer queues more (PostgreSQL stores them
     * while the client formats the next ones): before the chunk ends, the server's progress view of the COPY
     * already counts records. A file's writer has nothing to stream; there the records are all stored at the end.
     */
    @Test
    void recordsReachTheServerWhileMoreAreQueuedAndAllArriveAtTheEnd() {
        int rows = 5_000;
        ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                for (int i = 0; i < rows; i++) {
                    writer.add(Feedback.draft(canvas, i % 2 == 0 ? promiseA : promiseB, 1 + i % 5,
                            FeedbackScale.ONE_TO_FIVE).withComment("comment number " + i));
                }
                if (TestWorkspaces.onTeamServer()) {
                    assertThat(copyProgress()).as("records the server has taken in before the chunk ends")
                            .isGreaterThan(0);
                }
                assertThat(writer.finish()).isEqualTo(rows);
            }
            return null;
        });
        assertThat(repo.count(canvas)).isEqualTo(rows);
        assertThat(repo.count(canvas, 0, FeedbackFilter.NONE, null, false)).isEqualTo(rows);
    }

    /** What a COPY into feedback in progress on the server has taken in, seen from the server's superuser. */
    private long copyProgress() throws java.sql.SQLException {
        String database = TestPostgres.databaseFor(dir.resolve("ws.db")).database();
        try (java.sql.Connection c = TestPostgres.server().getPostgresDatabase().getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("SELECT coalesce(max(tuples_processed), 0)"
                     + " FROM pg_stat_progress_copy WHERE datname = ?")) {
            s.setString(1, database);
            long taken = 0;
            // The server reads what was sent a moment later: wait a little for it.
            for (int i = 0; i < 100 && taken == 0; i++) {
                try (java.sql.ResultSet r = s.executeQuery()) {
                    r.next();
                    taken = r.getLong(1);
                }
                if (taken == 0) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 0;
                    }
                }
            }
            return taken;
        }
    }

    /** A failure while a chunk is streaming leaves nothing, and the workspace goes on working. */
    @Test
    void aFailureMidChunkLeavesNothingAndTheWorkspaceWorksOn() {
        assertThatThrownBy(() -> ws.transaction(c -> {
            try (FeedbackWriter writer = repo.writer()) {
                for (int i = 0; i < 3_000; i++) {
                    writer.add(Feedback.draft(canvas, promiseA, 3, FeedbackScale.ONE_TO_FIVE).withComment("row " + i));
                }
                throw new StoreException("stopped half-way");
            }
        })).hasMessageContaining("stopped half-way");
        assertThat(repo.count(canvas)).isZero();
        assertThat(repo.count(canvas, 0, FeedbackFilter.NONE, null, false)).isZero();
        repo.insert(Feedback.draft(canvas, promiseB, 4, FeedbackScale.ONE_TO_FIVE));
        assertThat(repo.count(canvas)).isEqualTo(1);
    }
}
