package org.valuebench.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.ViewModelFixture;

/** Workshop ▸ Start workshop…: the start dialog's form and what starting from it stores. */
class StartWorkshopTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private final ScriptedWorkshopDialogs dialogs = new ScriptedWorkshopDialogs();
    private WorkshopViewModel console;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dir.resolve("start.db"));
        fixture.workbench.createCanvas("Café");
        console = new WorkshopViewModel(fixture.workbench, new ManualTicker(), ViewModelFixture.CLOCK, dialogs);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFormEditsTheDefaultAgendaAndTheParticipantsAndStartsWithThem() {
        dialogs.fillStart = form -> {
            assertThat(form.steps()).extracting(AgendaStep::title).startsWith("Wants", "Needs", "Fears");
            form.titleProperty().set("Kick-off");
            form.move(2, -2);
            form.rename(0, "Risks first");
            form.retime(0, 12);
            form.setPrivacy(1, true, true);
            form.skip(3, true);
            form.remove(form.steps().size() - 1);
            form.addStep(0);
            form.addParticipant("Ann", "sales");
            form.addParticipant("Bo", "");
            form.dotsProperty().set(4);
        };
        console.openStart();
        assertThat(dialogs.shownForm.participants()).hasSize(2);
        WorkshopRecord r = console.record().orElseThrow();
        assertThat(r.workshop().title()).isEqualTo("Kick-off");
        assertThat(r.steps()).extracting(AgendaStep::title).startsWith("Risks first", "New step", "Wants");
        assertThat(r.steps().get(0).plannedSeconds()).isEqualTo(12 * 60);
        assertThat(r.steps().get(2).privateStep()).isTrue();
        assertThat(r.steps().get(2).anonymous()).isTrue();
        assertThat(r.steps().get(4).skipped()).as("a step skipped in the dialog is skipped in the workshop").isTrue();
        assertThat(r.steps()).hasSize(10);
        assertThat(r.participants()).extracting(Participant::label).containsExactly("Ann (sales)", "Bo");
    }

    @Test
    void savingThePlanKeepsItForTheNextStartAndTheLastParticipantsCanBeReused() {
        dialogs.fillStart = form -> {
            form.rename(0, "Customer wants");
            form.addParticipant("Ann", "sales");
            form.savePlanProperty().set(true);
        };
        console.openStart();
        console.finish();
        ViewModelFixture.inDatabase(fixture.file, wb -> assertThat(new WorkshopUseCases(wb)
                .planFor(fixture.workbench.canvasId()).steps().get(0).title()).isEqualTo("Customer wants"));

        dialogs.fillStart = form -> {
            assertThat(form.steps().get(0).title()).isEqualTo("Customer wants");
            assertThat(form.participants()).isEmpty();
            assertThat(form.canReuseLast()).isTrue();
            form.reuseLast();
        };
        console.openStart();
        assertThat(console.record().orElseThrow().participants()).extracting(Participant::name)
                .containsExactly("Ann");
    }

    @Test
    void cancellingTheDialogStartsNothing() {
        dialogs.fillStart = null;
        console.openStart();
        assertThat(console.record()).isEmpty();
        assertThat(fixture.workbench.canUndoProperty().get()).isTrue();
        assertThat(fixture.workbench.undoTextProperty().get()).doesNotContain("workshop");
        assertThat(List.of(fixture.dialogs.errors)).allMatch(List::isEmpty);
    }
}
