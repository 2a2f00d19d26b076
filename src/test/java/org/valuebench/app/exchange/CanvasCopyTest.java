package org.valuebench.app.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/**
 * Copying a canvas between a local workspace file and a team workspace on PostgreSQL, both ways: what arrives is
 * what the exchange file of the original says, feedback, factors, ratings and workshops included; a refused copy
 * changes nothing on either side. Runs on both engines explicitly, so it is not part of the team-workspace run.
 */
class CanvasCopyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theCafeGoesToTheTeamAndBackWithFeedbackFactorsRatingsAndItsWorkshop() {
        TeamServer server = TestPostgres.newDatabase("copy");
        try (Workbench local = Workbenches.open(dir.resolve("local.db"), true, CLOCK);
             Workbench team = Workbenches.openTeam(server, null, CLOCK);
             Workbench back = Workbenches.open(dir.resolve("back.db"), true, CLOCK)) {
            SampleWorkspace.seed(local);
            long cafe = cafe(local);
            String original = json(local, cafe);
            assertThat(local.canvas(cafe).strategy().factors()).isNotEmpty();
            assertThat(local.canvas(cafe).strategy().ratings()).isNotEmpty();
            long records = new FeedbackUseCases(local).count(cafe);
            assertThat(records).isPositive();
            assertThat(new WorkshopUseCases(local).workshops(cafe)).isNotEmpty();

            CanvasCopy.Copied toTeam = new CanvasCopy(local).copy(cafe, team);
            assertThat(toTeam.target()).isEqualTo(server.toString());
            assertThat(toTeam.feedbackRecords()).isEqualTo(records);
            assertThat(toTeam.workshops()).isEqualTo(1);
            assertThat(json(team, toTeam.canvasId())).isEqualTo(original);

            CanvasCopy.Copied toLocal = new CanvasCopy(team).copy(toTeam.canvasId(), back);
            assertThat(json(back, toLocal.canvasId())).isEqualTo(original);
            assertThat(toLocal.summary()).isEqualTo("Copied 'Corner café' to " + back.where() + ": "
                    + back.canvas(toLocal.canvasId()).items().size() + " items, "
                    + String.format("%,d", records) + " feedback records, 1 workshop.");
            assertThat(team.library()).hasSize(1);
            assertThat(back.library()).hasSize(1);
        }
    }

    @Test
    void aReadOnlyTeamWorkspaceRefusesTheCopyAndNothingChangesOnEitherSide() {
        TeamServer server = TestPostgres.newDatabase("copyro");
        Workbenches.openTeam(server, null, CLOCK).close();
        String viewer = "viewer_" + server.database();
        TestPostgres.admin(server.database(), "DROP ROLE IF EXISTS " + viewer, "CREATE ROLE " + viewer + " LOGIN",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + viewer);
        try (Workbench local = Workbenches.open(dir.resolve("local.db"), true, CLOCK);
             Workbench asViewer = Workbenches.openTeam(TestPostgres.address(server.database(), viewer), null, CLOCK)) {
            SampleWorkspace.seed(local);
            long cafe = cafe(local);
            String before = json(local, cafe);
            List<CanvasSummary> library = local.library();
            assertThatThrownBy(() -> new CanvasCopy(local).copy(cafe, asViewer)).isInstanceOf(AppException.class)
                    .hasMessageStartingWith("Cannot copy to " + asViewer.where() + ": ")
                    .hasMessageContaining("no right to change it");
            assertThat(json(local, cafe)).isEqualTo(before);
            assertThat(local.library()).isEqualTo(library);
            assertThat(local.undoState().canUndo()).isFalse();
        }
        try (Workbench team = Workbenches.openTeam(server, null, CLOCK)) {
            assertThat(team.library()).isEmpty();
        }
    }

    @Test
    void aMissingCanvasOrTheSameWorkspaceIsRefusedAndNothingChanges() {
        TeamServer server = TestPostgres.newDatabase("copymiss");
        try (Workbench team = Workbenches.openTeam(server, null, CLOCK);
             Workbench local = Workbenches.open(dir.resolve("local.db"), true, CLOCK)) {
            SampleWorkspace.seed(local);
            List<CanvasSummary> library = local.library();
            assertThatThrownBy(() -> new CanvasCopy(team).copy(424242, local)).isInstanceOf(AppException.class)
                    .hasMessageContaining("424242");
            assertThatThrownBy(() -> new CanvasCopy(local).copy(cafe(local), local)).isInstanceOf(AppException.class)
                    .hasMessage("Cannot copy to " + local.where() + ": it is the workspace the canvas is in"
                            + " (Duplicate makes a copy there)");
            assertThat(local.library()).isEqualTo(library);
            assertThat(team.library()).isEmpty();
        }
    }

    @Test
    void aTargetIsOpenedFromAFileOrATeamAddressAndABadAddressIsToldInWords() {
        TeamServer server = TestPostgres.newDatabase("copyopen");
        try (Workbench team = CopyTarget.open("postgresql://postgres@localhost:" + server.port() + "/"
                + server.database(), "--to", null, CLOCK);
             Workbench file = CopyTarget.open(dir.resolve("new.db").toString(), "--to", null, CLOCK)) {
            assertThat(team.where()).isEqualTo(server.toString());
            assertThat(file.localFile()).contains(dir.resolve("new.db"));
        }
        assertThatThrownBy(() -> CopyTarget.open("postgresql://anna:secret@localhost:99999/x", "--to", null, CLOCK))
                .isInstanceOf(AppException.class).hasMessageStartingWith("--to: ").hasMessageContaining("99999")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> CopyTarget.open(dir.resolve("no/such/folder/x.db").toString(), "--to", null, CLOCK))
                .isInstanceOf(AppException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> CopyTarget.open("  ", "--to", null, CLOCK)).isInstanceOf(AppException.class)
                .hasMessage("Name the workspace to copy to: a workspace file or a postgresql:// address");
    }

    /** The canvas's exchange file with its feedback: the same text means the same canvas (its keys are not ids). */
    static String json(Workbench workbench, long canvasId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExchangeUseCases(workbench).exportJson(canvasId, out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    static long cafe(Workbench workbench) {
        return workbench.library().stream().filter(c -> c.name().equals("Corner café")).map(CanvasSummary::id)
                .findFirst().orElseThrow();
    }
}
