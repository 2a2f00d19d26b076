package org.valuebench.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportProgress;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;

/** One test per cause of an automatic version: each is taken where its cause happens, named for it. */
class AutomaticVersionsTest {
    @TempDir
    Path dir;

    /** A clock the test moves; it stays where it is set. */
    private static final class SetClock extends Clock {
        private Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("UTC only");
        }
    }

    private static List<CanvasVersion> versions(Workbench wb, long canvasId) {
        return new HistoryUseCases(wb).versions(canvasId);
    }

    @Test
    void theFirstEditOfEachDayKeepsTheCanvasAsItWasOncePerCanvasAndDay() {
        SetClock clock = new SetClock(Instant.parse("2026-05-06T08:00:00Z"));
        try (Workbench wb = TestWorkbenches.open(dir.resolve("ws.db"), true, clock)) {
            DailyVersions.watch(wb);
            long cafe = wb.createCanvas("Café").canvas().orElseThrow().canvas().id();
            long bank = wb.createCanvas("Bank").canvas().orElseThrow().canvas().id();
            wb.addItem(cafe, Section.NEEDS, "Coffee", -1);
            wb.addItem(cafe, Section.NEEDS, "Tea", -1);
            wb.renameCanvas(cafe, "Café Nord");
            wb.addItem(bank, Section.NEEDS, "Cash", -1);
            assertThat(versions(wb, cafe)).extracting(CanvasVersion::cause, CanvasVersion::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(VersionCause.FIRST_EDIT_OF_DAY,
                            "First edit of the day"));
            assertThat(versions(wb, bank)).hasSize(1);
            HistoryUseCases history = new HistoryUseCases(wb);
            assertThat(history.snapshot(versions(wb, cafe).get(0).id()).content().items()).isEmpty();

            clock.now = Instant.parse("2026-05-07T06:00:00Z");
            wb.addItem(cafe, Section.NEEDS, "Cake", -1);
            wb.addItem(cafe, Section.NEEDS, "Pie", -1);
            List<CanvasVersion> cafes = versions(wb, cafe);
            assertThat(cafes).hasSize(2);
            assertThat(history.snapshot(cafes.get(0).id()).content().items()).extracting(Item::text)
                    .containsExactly("Coffee", "Tea");
        }
    }

    @Test
    void aWorkshopsStartAndFinishEachKeepAVersion() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            WorkshopUseCases workshops = new WorkshopUseCases(f.wb);
            long id = workshops.start(f.canvas, "Kick-off", WorkshopPlan.standard(),
                    List.of(Participant.draft("Ann", "sales")), false).workshop().workshop().id();
            assertThat(versions(f.wb, f.canvas)).extracting(CanvasVersion::cause)
                    .containsExactly(VersionCause.WORKSHOP_STARTED);
            HistoryUseCases history = new HistoryUseCases(f.wb);
            assertThat(history.snapshot(versions(f.wb, f.canvas).get(0).id()).workshops()).isEmpty();

            workshops.finish(id);
            List<CanvasVersion> all = versions(f.wb, f.canvas);
            assertThat(all).extracting(CanvasVersion::cause)
                    .containsExactly(VersionCause.WORKSHOP_FINISHED, VersionCause.WORKSHOP_STARTED);
            assertThat(history.snapshot(all.get(0).id()).workshops()).extracting(r -> r.workshop().state())
                    .containsExactly(WorkshopState.FINISHED);
        }
    }

    @Test
    void applyingAVoteKeepsTheCanvasAsItWasBefore() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            WorkshopUseCases workshops = new WorkshopUseCases(f.wb);
            WorkshopVoting voting = new WorkshopVoting(workshops);
            WorkshopRecord r = workshops.start(f.canvas, "Kick-off", WorkshopPlan.standard(),
                    List.of(Participant.draft("Ann", "sales")), false).workshop();
            long workshop = r.workshop().id();
            long vote = voting.startVote(workshop, VoteSettings.of(List.of(Section.WANTS))).workshop().openVote()
                    .orElseThrow().id();
            voting.castDot(vote, f.calm, r.participants().get(0).id());
            voting.stopVote(vote);
            voting.applyImportance(vote);
            CanvasVersion before = versions(f.wb, f.canvas).get(0);
            assertThat(before.cause()).isEqualTo(VersionCause.VOTE_APPLIED);
            assertThat(before.name()).isEqualTo("Before applying a vote");
            Item calmThen = new HistoryUseCases(f.wb).snapshot(before.id()).content().item(f.calm).orElseThrow();
            assertThat(calmThen.importance()).isEqualTo(3);
            assertThat(f.item(f.calm).importance()).isNotEqualTo(3);
        }
    }

    @Test
    void aSurveyImportKeepsTheCanvasAndItsGapFiguresAsTheyWereBefore() {
        try (FeedbackTestWorkspace ws = new FeedbackTestWorkspace(dir)) {
            ws.feedback.importFile(ws.canvasId, FeedbackTestWorkspace.fixture("long-basic.csv"), ImportOptions.DEFAULT,
                    ImportProgress.NONE);
            List<CanvasVersion> all = versions(ws.workbench, ws.canvasId);
            assertThat(all).extracting(CanvasVersion::cause).containsExactly(VersionCause.SURVEY_IMPORT);
            assertThat(new HistoryUseCases(ws.workbench).snapshot(all.get(0).id()).gaps())
                    .allSatisfy(g -> assertThat(g.n()).isZero()).isNotEmpty();
            assertThat(ws.workbench.workspace().feedback().count(ws.canvasId)).isPositive();
        }
    }

    @Test
    void aRestoreKeepsTheStateItReplaces() {
        try (WorkbenchFixture f = WorkbenchFixture.withCafe(dir)) {
            HistoryUseCases history = new HistoryUseCases(f.wb);
            CanvasVersion saved = history.save(f.canvas, "Then");
            f.wb.deleteItem(f.kiosk);
            history.restore(saved.id());
            CanvasVersion kept = history.versions(f.canvas).get(0);
            assertThat(kept.cause()).isEqualTo(VersionCause.RESTORE);
            assertThat(history.snapshot(kept.id()).content().items()).extracting(Item::text).doesNotContain("Kiosk");
        }
    }
}
