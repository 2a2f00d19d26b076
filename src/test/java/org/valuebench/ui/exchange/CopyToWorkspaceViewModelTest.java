package org.valuebench.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.TestWorkbenches;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;
import org.valuebench.ui.workbench.ViewModelFixture;

/** File ▸ Copy to workspace…: the dialog's model, on a real workspace file and a real team workspace. */
class CopyToWorkspaceViewModelTest {
    @TempDir
    Path dir;

    private Path seeded() {
        Path file = dir.resolve("workspace.db");
        try (Workbench seed = TestWorkbenches.open(file, true, ViewModelFixture.CLOCK)) {
            SampleWorkspace.seed(seed);
            seed.windowMemory().rememberLastCanvas(seed.library().stream()
                    .filter(c -> c.name().equals("Corner café")).findFirst().orElseThrow().id());
        }
        return file;
    }

    private static String url(TeamServer server) {
        return "postgresql://postgres@localhost:" + server.port() + "/" + server.database();
    }

    @Test
    void copiesTheShownCanvasToATeamAddressAndSaysWhatArrived() {
        TeamServer server = TestPostgres.newDatabase("uicopy");
        try (ViewModelFixture f = new ViewModelFixture(seeded())) {
            CopyToWorkspaceViewModel copy = new CopyToWorkspaceViewModel(f.workbench);
            copy.start();
            assertThat(copy.headingProperty().get())
                    .isEqualTo("Copy 'Corner café' with its feedback, competing factors and workshops to:");
            assertThat(copy.canCopyProperty().get()).isFalse();
            copy.locationProperty().set(url(server));
            assertThat(copy.teamAddressProperty().get()).isTrue();
            assertThat(copy.canCopyProperty().get()).isTrue();

            copy.copy(new char[0]);

            assertThat(copy.stateProperty().get()).isEqualTo(CopyToWorkspaceViewModel.State.DONE);
            assertThat(copy.messageProperty().get()).isEqualTo("Copied 'Corner café' to " + server
                    + ": 24 items, 93 feedback records, 1 workshop.");
            assertThat(f.workbench.statusProperty().get().text()).isEqualTo(copy.messageProperty().get());
            assertThat(copy.canCopyProperty().get()).isFalse();
        }
        try (Workbench team = Workbenches.openTeam(server, null, ViewModelFixture.CLOCK)) {
            assertThat(team.library()).extracting(CanvasSummary::name).containsExactly("Corner café");
        }
    }

    @Test
    void whileTheCopyRunsOffTheWindowsThreadItSaysSoAndCannotBeStartedTwice() {
        Path file = seeded();
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            CopyToWorkspaceViewModel copy = new CopyToWorkspaceViewModel(f.workbench);
            copy.start();
            Path target = dir.resolve("other.db");
            f.dialogs.files.add(target);
            copy.chooseFile();
            assertThat(copy.locationProperty().get()).isEqualTo(target.toString());
            assertThat(copy.teamAddressProperty().get()).isFalse();

            f.runner.hold();
            copy.copy(null);
            assertThat(copy.stateProperty().get()).isEqualTo(CopyToWorkspaceViewModel.State.COPYING);
            assertThat(copy.messageProperty().get()).isEqualTo("Copying 'Corner café' to " + target + "…");
            assertThat(copy.canCopyProperty().get()).isFalse();
            f.runner.release();
            assertThat(copy.stateProperty().get()).isEqualTo(CopyToWorkspaceViewModel.State.DONE);
        }
        try (Workbench other = Workbenches.open(dir.resolve("other.db"), false, ViewModelFixture.CLOCK)) {
            assertThat(other.library()).extracting(CanvasSummary::name).containsExactly("Corner café");
        }
    }

    @Test
    void aRefusedCopyIsToldInTheDialogAndChangesNothing() {
        try (ViewModelFixture f = new ViewModelFixture(seeded())) {
            CopyToWorkspaceViewModel copy = new CopyToWorkspaceViewModel(f.workbench);
            copy.start();
            // The open workspace by where it is: the file, or in the team run the team workspace's address.
            String own = f.workbench.whereProperty().get();
            copy.locationProperty().set(own);
            copy.copy(null);
            assertThat(copy.stateProperty().get()).isEqualTo(CopyToWorkspaceViewModel.State.FAILED);
            assertThat(copy.messageProperty().get()).isEqualTo("Cannot copy to " + own
                    + ": it is the workspace the canvas is in (Duplicate makes a copy there)");
            assertThat(copy.canCopyProperty().get()).isTrue();
            assertThat(f.dialogs.errors).isEmpty();

            copy.locationProperty().set("postgresql://nobody@localhost:0/x");
            copy.copy("secret".toCharArray());
            assertThat(copy.stateProperty().get()).isEqualTo(CopyToWorkspaceViewModel.State.FAILED);
            assertThat(copy.messageProperty().get()).contains("port").doesNotContain("secret");
            assertThat(f.workbench.library()).hasSize(4);
            assertThat(f.workbench.canUndoProperty().get()).isFalse();
        }
    }
}
