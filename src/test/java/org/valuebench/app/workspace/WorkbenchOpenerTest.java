package org.valuebench.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.UndoState;
import org.valuebench.app.Workbench;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.store.PasswordRoles;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

class WorkbenchOpenerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aNewDefaultWorkspaceStartsWithTheSampleCanvases() {
        WorkspaceLocation location = new WorkspaceLocation(dir.resolve("data/valuebench/workspace.db"), true);

        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            assertThat(wb.library()).extracting(CanvasSummary::name).containsExactlyInAnyOrderElementsOf(
                    SampleWorkspace.canvases().stream().map(c -> c.canvas().name()).toList());
            for (CanvasContent sample : SampleWorkspace.canvases()) {
                CanvasContent seeded = wb.resolve(sample.canvas().name());
                // Every sample card is there; the café's sample workshop adds its own cards to them.
                assertThat(seeded.items()).extracting(Item::text)
                        .containsAll(sample.items().stream().map(Item::text).toList());
                assertThat(seeded.links()).hasSameSizeAs(sample.links());
            }
            assertThat(wb.undoState()).as("seeding is not an edit to undo").isEqualTo(UndoState.EMPTY);
        }
    }

    @Test
    void theDefaultWorkspaceIsSeededOnlyOnceEvenWhenTheUserEmptiedIt() {
        WorkspaceLocation location = new WorkspaceLocation(dir.resolve("workspace.db"), true);
        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            wb.library().forEach(c -> wb.deleteCanvas(c.id()));
        }

        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            assertThat(wb.library()).isEmpty();
        }
    }

    @Test
    void aWorkspaceChosenByTheUserStartsEmpty() {
        WorkspaceLocation location = new WorkspaceLocation(dir.resolve("mine.db"), false);

        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            assertThat(wb.isNewFile()).isTrue();
            assertThat(wb.library()).isEmpty();
        }
    }

    @Test
    void anExclusiveOpenKeepsASecondWindowOffButNotAReader() {
        WorkspaceLocation location = new WorkspaceLocation(dir.resolve("shared.db"), false);
        WorkbenchOpener opener = new WorkbenchOpener(CLOCK);

        try (Workbench window = opener.open(location, true)) {
            window.createCanvas("Open in the window");
            assertThatThrownBy(() -> opener.open(location, true))
                    .isInstanceOf(AppException.class)
                    .hasMessageContaining("already open in another ValueBench window");
            try (Workbench reader = opener.open(location, false)) {
                assertThat(reader.library()).extracting(CanvasSummary::name).containsExactly("Open in the window");
            }
        }
    }

    @Test
    void aTeamWorkspaceOpensFromItsAddressAndIsNeverSeeded() {
        TeamServer server = TestPostgres.newDatabase("opener");
        WorkspaceLocation location = WorkspaceLocation.resolve("postgresql://postgres@localhost:"
                + server.port() + "/" + server.database(), Map.of(), "Linux", dir);

        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            assertThat(wb.isNewFile()).as("the database was just made a workspace").isTrue();
            assertThat(wb.library()).as("a team's workspace gets no samples").isEmpty();
            assertThat(wb.localFile()).isEmpty();
            assertThat(wb.where()).isEqualTo(server.toString());
            wb.createCanvas("Team canvas");
        }
        try (Workbench wb = new WorkbenchOpener(CLOCK).open(location, true)) {
            assertThat(wb.library()).extracting(CanvasSummary::name).containsExactly("Team canvas");
        }
    }

    @Test
    void aPasswordInTheAddressSignsInButNoMessageShowsIt() {
        TeamServer server = TestPostgres.newDatabase("opener_pw");
        String role = "ann_" + server.database();
        PasswordRoles.create(role, "Tr1cky:p@ss/word");
        TestPostgres.admin(server.database(), "GRANT CREATE ON SCHEMA public TO " + role);
        String base = "localhost:" + server.port() + "/" + server.database();
        WorkbenchOpener opener = new WorkbenchOpener(CLOCK);

        try (Workbench wb = opener.open(WorkspaceLocation.resolve("postgresql://" + role + ":Tr1cky%3Ap%40ss%2Fword@"
                + base, Map.of(), "Linux", dir), false)) {
            assertThat(wb.where()).isEqualTo("postgresql://" + role + "@" + base).doesNotContain("Tr1cky");
            wb.createCanvas("Signed in");
        }
        WorkspaceLocation wrong = WorkspaceLocation.resolve("postgresql://" + role + ":Wr0ng-guess@" + base,
                Map.of(), "Linux", dir);
        assertThatThrownBy(() -> opener.open(wrong, false)).isInstanceOf(AppException.class)
                .hasMessageContaining("refused the sign-in").hasMessageNotContaining("Wr0ng-guess");
        assertThat(wrong.toString()).doesNotContain("Wr0ng-guess");
    }
}
