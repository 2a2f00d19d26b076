package org.valuebench.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;

class HistoryUseCasesTest {
    @TempDir
    Path dir;

    /** The exchange JSON of the canvas now, without the "updated" line (a restore is a change made now). */
    static String json(Workbench wb, long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeUseCases(wb).exportJson(canvasId, out, false);
        return withoutUpdated(out.toString(StandardCharsets.UTF_8));
    }

    static String withoutUpdated(String json) {
        return json.replaceAll("(?m)^ {4}\"updated\": .*\\n", "");
    }

    @Test
    void aSavedVersionIsNamedTrimmedListedNewestFirstWithItsAuthor() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            HistoryUseCases history = new HistoryUseCases(f.wb);
            CanvasVersion first = history.save(f.canvas, "  Before the board meeting ");
            f.wb.addItem(f.canvas, Section.NEEDS, "Tea", -1);
            CanvasVersion second = history.save(f.canvas, "After");

            assertThat(first.name()).isEqualTo("Before the board meeting");
            assertThat(first.cause()).isEqualTo(VersionCause.SAVED);
            assertThat(first.author()).isEqualTo(f.wb.workspace().user().orElse(""));
            assertThat(history.versions(f.canvas)).extracting(CanvasVersion::id).containsExactly(second.id(), first.id());
            assertThat(history.versions(f.canvas)).extracting(CanvasVersion::number).containsExactly(2, 1);
            assertThat(history.snapshot(first.id()).content().items()).extracting(Item::text).doesNotContain("Tea");
            assertThat(history.snapshot(second.id()).content().items()).extracting(Item::text).contains("Tea");
        }
    }

    @Test
    void aVersionNeedsANameOfAtMostTheLimitAndABadOneWritesNothing() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            HistoryUseCases history = new HistoryUseCases(f.wb);
            assertThatThrownBy(() -> history.save(f.canvas, "   ")).isInstanceOf(AppException.class)
                    .hasMessageContaining("needs a name");
            assertThatThrownBy(() -> history.save(f.canvas, "x".repeat(201))).isInstanceOf(AppException.class)
                    .hasMessage("A version's name is at most 200 characters; this one has 201");
            assertThat(history.versions(f.canvas)).isEmpty();
            assertThat(history.save(f.canvas, "é".repeat(200)).name()).hasSize(200);
        }
    }

    @Test
    void theSummarySeamIsAskedWithThePreviousVersionAndTheCanvasNow() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            List<String> asked = new ArrayList<>();
            HistoryUseCases history = new HistoryUseCases(f.wb, (before, after) -> {
                asked.add(before.content().items().size() + "→" + after.content().items().size());
                return "+1 need";
            });
            assertThat(history.save(f.canvas, "One").summary()).isEmpty();
            f.wb.addItem(f.canvas, Section.NEEDS, "Tea", -1);
            assertThat(history.save(f.canvas, "Two").summary()).isEqualTo("+1 need");
            assertThat(asked).containsExactly("7→8");
        }
    }

    @Test
    void aSnapshotNowCarriesTheGapFiguresAndADeletedVersionIsGone() {
        try (FeedbackTestWorkspace ws = new FeedbackTestWorkspace(dir)) {
            long stock = ws.promise("Always in stock");
            ws.feedback.add(Feedback.draft(0, stock, 2, FeedbackScale.ONE_TO_FIVE));
            HistoryUseCases history = new HistoryUseCases(ws.workbench);
            CanvasSnapshot now = history.snapshotNow(ws.canvasId);
            assertThat(now.gap(stock).orElseThrow().delivered()).isEqualTo(2.0);
            assertThat(now.gap(stock).orElseThrow().n()).isEqualTo(1);
            CanvasVersion saved = history.save(ws.canvasId, "With feedback");
            assertThat(history.snapshot(saved.id()).gaps()).isEqualTo(now.gaps());

            history.delete(saved.id());
            assertThat(history.versions(ws.canvasId)).isEmpty();
            assertThatThrownBy(() -> history.snapshot(saved.id())).isInstanceOf(AppException.class)
                    .hasMessageContaining("no version");
        }
    }

    @Test
    void restoringGivesBackTheVersionsContentWithItsIdsInOneUndoableStepAfterKeepingTheCurrentState() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            HistoryUseCases history = new HistoryUseCases(f.wb);
            StrategyUseCases strategy = new StrategyUseCases(f.wb, new GapUseCases(f.wb));
            long factor = strategy.addFactorFrom(f.coffee, -1).canvas().orElseThrow().strategy().factors().get(0).id();
            strategy.rate(factor, Offer.OURS, 4);
            strategy.rate(factor, f.kiosk, 2);
            String then = json(f.wb, f.canvas);
            CanvasVersion version = history.save(f.canvas, "Then");
            List<Long> idsThen = f.content().items().stream().map(Item::id).sorted().toList();

            f.wb.deleteItem(f.coffee);
            f.wb.updateItem(f.item(f.calm).withText("Calm and quiet"));
            f.wb.addItem(f.canvas, Section.FEARS, "Queues", 0);
            f.wb.moveItem(f.treat, Section.WANTS, 0);
            f.wb.unlink(f.card, f.treat);
            String later = json(f.wb, f.canvas);

            history.restore(version.id());
            assertThat(json(f.wb, f.canvas)).isEqualTo(then);
            assertThat(f.content().items().stream().map(Item::id).sorted().toList())
                    .as("items come back under their own ids").isEqualTo(idsThen);
            assertThat(history.versions(f.canvas)).extracting(CanvasVersion::cause)
                    .containsExactly(VersionCause.RESTORE, VersionCause.SAVED);
            CanvasVersion kept = history.versions(f.canvas).get(0);
            assertThat(withoutUpdated(new String(history.json(kept.id()), StandardCharsets.UTF_8))).isEqualTo(later);
            assertThat(f.wb.undoState().undoLabel()).contains("Restore version 1");

            f.wb.undo();
            assertThat(json(f.wb, f.canvas)).isEqualTo(later);
            f.wb.redo();
            assertThat(json(f.wb, f.canvas)).isEqualTo(then);
            assertThat(history.versions(f.canvas)).hasSize(2);
        }
    }

    @Test
    void restoringLeavesTheFeedbackRecordsAsTheyAreAndUndoBringsBackThoseOfARemovedPromise() {
        try (FeedbackTestWorkspace ws = new FeedbackTestWorkspace(dir)) {
            HistoryUseCases history = new HistoryUseCases(ws.workbench);
            long stock = ws.promise("Always in stock");
            long low = ws.promise("Low prices");
            CanvasVersion withoutLow = null;
            ws.feedback.add(Feedback.draft(0, stock, 2, FeedbackScale.ONE_TO_FIVE));
            ws.workbench.deleteItem(low);
            withoutLow = history.save(ws.canvasId, "Without low prices");
            ws.workbench.undo(); // low prices and its (no) feedback back
            ws.feedback.add(Feedback.draft(0, low, 4, FeedbackScale.ONE_TO_FIVE));
            ws.feedback.add(Feedback.draft(0, stock, 3, FeedbackScale.ONE_TO_FIVE));

            history.restore(withoutLow.id());
            assertThat(ws.workbench.workspace().feedback().count(ws.canvasId)).isEqualTo(2);
            assertThat(ws.gaps.report(ws.canvasId).promise(stock).orElseThrow().n()).isEqualTo(2);

            ws.workbench.undo();
            assertThat(ws.workbench.workspace().feedback().count(ws.canvasId)).isEqualTo(3);
            assertThat(ws.gaps.report(ws.canvasId).promise(low).orElseThrow().delivered()).isEqualTo(4.0);
        }
    }

    @Test
    void aVersionOpensAsANewCanvasWithItsContent() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            HistoryUseCases history = new HistoryUseCases(f.wb);
            CanvasVersion version = history.save(f.canvas, "Then");
            f.wb.deleteItem(f.coffee);
            long copy = history.openAsNewCanvas(version.id()).canvas().orElseThrow().canvas().id();
            assertThat(f.wb.canvas(copy).canvas().name()).isEqualTo("Café (version 1)");
            assertThat(f.wb.canvas(copy).items()).extracting(Item::text).contains("Coffee");
            assertThat(f.wb.canvas(copy).links()).hasSize(4);
            assertThat(f.wb.canvas(f.canvas).items()).extracting(Item::text).doesNotContain("Coffee");
        }
    }
}
