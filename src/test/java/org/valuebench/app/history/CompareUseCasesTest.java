package org.valuebench.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;
import org.valuebench.domain.history.CanvasSnapshot;

/** The sides of a comparison read from a real workspace (SQLite, and PostgreSQL in the team run). */
class CompareUseCasesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workbench wb;
    private long canvas;
    private long promise;

    @BeforeEach
    void open() {
        wb = TestWorkbenches.open(dir.resolve("w.db"), false, CLOCK);
        canvas = wb.createCanvas("Shop @ the station").canvas().orElseThrow().canvas().id();
        long need = wb.addItem(canvas, Section.NEEDS, "Coffee", -1).focusItemId();
        promise = wb.addItem(canvas, Section.FEATURES, "Espresso bar", -1).focusItemId();
        Item item = wb.canvas(canvas).item(promise).orElseThrow();
        wb.updateItem(item.withPromise(true, 5));
        wb.link(promise, need);
        new FeedbackUseCases(wb).add(new Feedback(0, canvas, promise, 3, FeedbackScale.ONE_TO_FIVE, null,
                Voice.CUSTOMER, "survey", "", LocalDate.of(2026, 3, 1), "", "", null));
        wb.createCanvas("Other");
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void nowHoldsTheContentAndTheGapFiguresAsTheGapsTabOpens() {
        CanvasSnapshot now = new CurrentSnapshots(wb).now(canvas);
        assertThat(now.content()).isEqualTo(wb.canvas(canvas));
        assertThat(now.gap(promise)).hasValueSatisfying(g -> {
            assertThat(g.n()).isEqualTo(1);
            assertThat(g.delivered()).isEqualTo(3.0);
            assertThat(g.gap()).isEqualTo(2.0);
        });
    }

    @Test
    void aCanvasWhoseNameHoldsAnAtIsFoundByThatName() {
        CompareUseCases compare = new CompareUseCases(wb, new CurrentSnapshots(wb));
        Comparison comparison = compare.compare("Shop @ the station", "Other");
        assertThat(comparison.beforeLabel()).isEqualTo("Shop @ the station (now)");
        assertThat(comparison.diff().removed()).hasSize(2);
        assertThatThrownBy(() -> compare.compare("Shop @ the station@2", "Other")).isInstanceOf(AppException.class)
                .hasMessage("The canvas 'Shop @ the station' has no versions yet, so there is no version '2'");
    }

    @Test
    void aVersionFromTheSourceIsComparedWithNow() {
        CanvasSnapshot old = new CurrentSnapshots(wb).now(canvas);
        wb.addItem(canvas, Section.FEARS, "Missing the train", -1);
        SnapshotSource withVersion = new SnapshotSource() {
            private final CurrentSnapshots current = new CurrentSnapshots(wb);

            @Override
            public CanvasSnapshot now(long canvasId) {
                return current.now(canvasId);
            }

            @Override
            public CanvasSnapshot version(long canvasId, String numberOrName) {
                return old;
            }

            @Override
            public java.util.Optional<CanvasSnapshot> latestVersion(long canvasId) {
                return java.util.Optional.of(old);
            }
        };
        Comparison comparison = new CompareUseCases(wb, withVersion).compareWithLatest(String.valueOf(canvas));
        assertThat(comparison.summary()).isEqualTo("+1 fear, fit 100%→50%");
        assertThat(new CompareUseCases(wb, withVersion).compare(canvas + "@1", String.valueOf(canvas)).summary())
                .isEqualTo("+1 fear, fit 100%→50%");
    }
}
