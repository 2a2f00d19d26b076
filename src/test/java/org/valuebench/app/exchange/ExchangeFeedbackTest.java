package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Feedback;
import org.valuebench.io.ShippedSchema;

/**
 * Canvases with feedback through the JSON exchange: the default workspace's sample canvases with their sample
 * feedback go out and come back with every record, in one undoable step, and a refused file stores nothing.
 */
class ExchangeFeedbackTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Workbench workbench;
    private ExchangeUseCases exchange;
    private FeedbackUseCases feedback;
    private GapUseCases gaps;

    @BeforeEach
    void openTheSeededDefaultWorkspace() {
        workbench = new WorkbenchOpener(CLOCK).open(new WorkspaceLocation(dir.resolve("default.db"), true), false);
        exchange = new ExchangeUseCases(workbench);
        feedback = new FeedbackUseCases(workbench);
        gaps = new GapUseCases(workbench);
        assertThat(workbench.library()).hasSize(SampleWorkspace.canvases().size());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private String export(long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportJson(canvasId, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Change importJson(String json) {
        return exchange.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "canvas.json");
    }

    /** Every record of a canvas without ids, canvas or promise id, but with the promise's text. */
    private List<String> records(long canvasId) {
        CanvasContent content = workbench.canvas(canvasId);
        return feedback.records(canvasId, 0, null, null, 0, Integer.MAX_VALUE).stream()
                .map(f -> content.itemsById().get(f.promiseItemId()).text() + " | "
                        + f.withId(0).withPromise(0, 0).withImport(null))
                .sorted().toList();
    }

    @Test
    void everySampleCanvasRoundTripsWithAllItsFeedback() {
        ShippedSchema schema = new ShippedSchema();
        for (CanvasSummary summary : workbench.library()) {
            long original = summary.id();
            assertThat(feedback.count(original)).isGreaterThan(50);
            String first = export(original);
            assertThat(schema.problems(first)).isEmpty();
            assertThat(first).startsWith("{\n  \"schemaVersion\": 4,");

            long imported = importJson(first).canvas().orElseThrow().canvas().id();
            assertThat(feedback.count(imported)).isEqualTo(feedback.count(original));
            assertThat(records(imported)).isEqualTo(records(original));
            assertThat(ExchangeUseCasesTest.withoutTimestamps(export(imported)))
                    .isEqualTo(ExchangeUseCasesTest.withoutTimestamps(first));
            assertThat(figures(gaps.report(imported))).isEqualTo(figures(gaps.report(original)));
        }
    }

    private static List<String> figures(GapReport report) {
        return report.promises().stream().map(p -> p.text() + " n=" + p.n() + " delivered=" + p.delivered()
                + " gap=" + p.gap() + " deficit=" + p.deficit() + " " + p.quadrant() + " voices="
                + p.voices().values().stream().map(v -> v.voice() + ":" + v.n()).toList()).toList();
    }

    @Test
    void withoutTheFlagNoFeedbackIsWrittenOrImported() {
        long sample = workbench.library().get(0).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.exportJson(sample, out, false);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("\"feedback\"");
        long imported = importJson(json).canvas().orElseThrow().canvas().id();
        assertThat(feedback.count(imported)).isZero();
    }

    @Test
    void theImportWithItsFeedbackIsOneStepToUndoAndRedo() {
        long sample = workbench.library().get(0).id();
        long recordsBefore = totalRecords();
        Change change = importJson(export(sample));
        long imported = change.canvas().orElseThrow().canvas().id();
        List<Feedback> stored = feedback.records(imported, 0, null, null, 0, Integer.MAX_VALUE);
        assertThat(change.undo().undoLabel()).contains(ExchangeUseCases.IMPORT_LABEL);

        workbench.undo();
        assertThat(workbench.findCanvas(imported)).isEmpty();
        assertThat(totalRecords()).isEqualTo(recordsBefore);
        assertThat(gaps.report(sample).headlineRecords()).isPositive();

        workbench.redo();
        assertThat(workbench.canvas(imported)).isEqualTo(change.canvas().orElseThrow());
        assertThat(feedback.records(imported, 0, null, null, 0, Integer.MAX_VALUE)).isEqualTo(stored);
        assertThat(figures(gaps.report(imported))).isEqualTo(figures(gaps.report(sample)));

        workbench.undo();
        workbench.redo();
        assertThat(feedback.records(imported, 0, null, null, 0, Integer.MAX_VALUE)).isEqualTo(stored);
    }

    private long totalRecords() {
        return workbench.library().stream().mapToLong(c -> feedback.count(c.id())).sum();
    }

    @Test
    void aFileWithOneBadRecordIsRefusedWholeAndChangesNothingOnDisk() throws IOException {
        long sample = workbench.library().get(0).id();
        String json = export(sample);
        int last = json.lastIndexOf("\"score\": ");
        String broken = json.substring(0, last) + "\"score\": 99" + json.substring(json.indexOf(',', last));
        Map<Long, CanvasContent> canvasesBefore = everything();
        long recordsBefore = totalRecords();
        UndoState undoBefore = workbench.undoState();
        byte[] fileBefore = Files.readAllBytes(workbench.file());

        assertThatThrownBy(() -> importJson(broken)).isInstanceOf(AppException.class)
                .hasMessageStartingWith("Cannot import canvas.json, line ")
                .hasMessageContaining("$.feedback[")
                .hasMessageContaining("].score): expected the score as a number from");

        assertThat(everything()).isEqualTo(canvasesBefore);
        assertThat(totalRecords()).isEqualTo(recordsBefore);
        assertThat(workbench.undoState()).isEqualTo(undoBefore);
        assertThat(Files.readAllBytes(workbench.file())).isEqualTo(fileBefore);
    }

    private Map<Long, CanvasContent> everything() {
        return workbench.library().stream().collect(Collectors.toMap(CanvasSummary::id, s -> workbench.canvas(s.id())));
    }

    @Test
    void recordsAreWrittenByPromiseThenDate() {
        long sample = workbench.library().get(0).id();
        CanvasContent content = workbench.canvas(sample);
        List<Long> promiseOrder = content.promises().stream().map(i -> i.id()).toList();
        List<Feedback> all = feedback.records(sample, 0, null, null, 0, Integer.MAX_VALUE);
        List<Feedback> expected = all.stream()
                .sorted(Comparator.comparing((Feedback f) -> promiseOrder.indexOf(f.promiseItemId()))
                        .thenComparing(Feedback::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        String json = export(sample);
        String firstDate = expected.get(0).date().toString();
        assertThat(json.indexOf("\"date\": \"" + firstDate + "\"")).isPositive()
                .isLessThan(json.indexOf("\"date\": \"" + expected.get(expected.size() - 1).date() + "\""));
        PromiseGap top = gaps.report(sample).promises().get(0);
        assertThat(json).contains("\"promise\": \"" + keyOf(content, top.promiseId()) + "\"");
    }

    private static String keyOf(CanvasContent content, long itemId) {
        var item = content.itemsById().get(itemId);
        return item.section().name().toLowerCase().replaceAll("s$", "").replace("experience", "experience")
                + "-" + (content.itemsIn(item.section()).indexOf(item) + 1);
    }
}
