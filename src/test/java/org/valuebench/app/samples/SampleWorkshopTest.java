package org.valuebench.app.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;
import org.valuebench.app.TestWorkbenches;

class SampleWorkshopTest {
    @TempDir
    Path dir;

    @Test
    void theCafeHasAFinishedWorkshopWithPrivateCardsAMergeAndAVoteApplied() {
        try (Workbench workbench = TestWorkbenches.open(dir.resolve("samples.db"), true, FeedbackTestWorkspace.CLOCK)) {
            SampleWorkspace.seed(workbench);
            WorkshopUseCases workshops = new WorkshopUseCases(workbench);
            long cafe = workbench.library().stream().filter(c -> c.name().equals("Corner café"))
                    .map(CanvasSummary::id).findFirst().orElseThrow();
            assertThat(workbench.library()).filteredOn(c -> c.id() != cafe)
                    .allSatisfy(c -> assertThat(workshops.workshops(c.id())).isEmpty());

            WorkshopRecord r = workshops.numbered(cafe, 1);
            assertThat(r.workshop().state()).isEqualTo(WorkshopState.FINISHED);
            assertThat(r.participants()).hasSize(4);
            assertThat(r.steps()).hasSize(10).allSatisfy(s -> assertThat(s.actualSeconds()).isPositive());
            assertThat(r.steps().get(0).privateStep()).isTrue();
            assertThat(r.contributions()).isNotEmpty().noneMatch(c -> c.hidden());
            Item merged = workbench.canvas(cafe).items().stream().filter(i -> i.notes().contains("(merged)"))
                    .findFirst().orElseThrow();
            assertThat(r.authorsOf(merged.id())).hasSize(2);

            List<TallyRow> tally = new WorkshopVoting(workshops).tally(r.votes().get(0).id());
            assertThat(tally.stream().mapToInt(TallyRow::dots).sum()).isEqualTo(12);
            assertThat(r.decisions()).isNotEmpty().allSatisfy(d -> {
                assertThat(d.kind()).isEqualTo(Decision.Kind.IMPORTANCE);
                assertThat(workbench.canvas(cafe).item(d.itemId()).orElseThrow().importance()).isEqualTo(d.value());
            });
            assertThat(workbench.undoState().canUndo()).isFalse();
            assertThat(r.steps()).extracting(AgendaStep::title).startsWith("Wants", "Needs", "Fears");
        }
    }

    /** Deleting the café and undoing it brings its workshop back whole: steps, cards' authors, dots, decisions. */
    @Test
    void undoingTheDeletionOfACanvasBringsItsWorkshopsBack() {
        try (Workbench workbench = TestWorkbenches.open(dir.resolve("undo.db"), true, FeedbackTestWorkspace.CLOCK)) {
            SampleWorkspace.seed(workbench);
            WorkshopUseCases workshops = new WorkshopUseCases(workbench);
            long cafe = workbench.library().stream().filter(c -> c.name().equals("Corner café"))
                    .map(CanvasSummary::id).findFirst().orElseThrow();
            WorkshopRecord before = workshops.numbered(cafe, 1);

            workbench.deleteCanvas(cafe);
            assertThat(workbench.library()).noneMatch(c -> c.id() == cafe);
            workbench.undo();

            WorkshopRecord after = workshops.numbered(cafe, 1);
            assertThat(after).isEqualTo(before);
            assertThat(after.contributions()).isNotEmpty();
            assertThat(after.votes()).isNotEmpty();
            assertThat(new WorkshopVoting(workshops).tally(after.votes().get(0).id()).stream()
                    .mapToInt(TallyRow::dots).sum()).isEqualTo(12);
        }
    }
}
