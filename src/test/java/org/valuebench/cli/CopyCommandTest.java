package org.valuebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/** {@code valuebench copy CANVAS --to DB}: to a team workspace by its address, back to a file, file to file. */
@Tag("sqlite-only") // names both engines itself (files, a team database by address): nothing to add
class CopyCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path db;
    private CommandLineRunner cli;

    @BeforeEach
    void open() {
        db = dir.resolve("workspace.db");
        try (Workbench workbench = Workbenches.open(db, false, CLOCK)) {
            SampleWorkspace.seed(workbench);
        }
        cli = new CommandLineRunner(Map.of(), dir.resolve("home"), CLOCK);
    }

    private static String url(TeamServer server) {
        return "postgresql://postgres@localhost:" + server.port() + "/" + server.database();
    }

    @Test
    void copiesByNameToATeamWorkspaceFromThereToAFileAndBetweenFiles() {
        TeamServer server = TestPostgres.newDatabase("clicopy");
        var toTeam = cli.run("--db", db.toString(), "copy", "corner CAFÉ", "--to", url(server));
        assertThat(toTeam.err()).isEmpty();
        assertThat(toTeam.exit()).isZero();
        String[] lines = toTeam.out().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("Copied 'Corner café' to " + server + ": 24 items, 93 feedback records,"
                + " 1 workshop.");
        long teamId = Long.parseLong(lines[1]);

        try (Workbench team = Workbenches.openTeam(server, null, CLOCK)) {
            assertThat(new FeedbackUseCases(team).count(teamId)).isEqualTo(93);
        }
        Path back = dir.resolve("back.db");
        var fromTeam = cli.run("--db", url(server), "copy", String.valueOf(teamId), "--to", back.toString());
        assertThat(fromTeam.err()).isEmpty();
        assertThat(fromTeam.exit()).isZero();
        assertThat(fromTeam.out()).startsWith("Copied 'Corner café' to " + back.toAbsolutePath().normalize()
                + ": 24 items, 93 feedback records, 1 workshop.\n");
        Path other = dir.resolve("other.db");
        var again = cli.run("--db", db.toString(), "copy", "2", "--to", other.toString());
        assertThat(again.err()).isEmpty();
        assertThat(again.exit()).isZero();
        try (Workbench copied = Workbenches.open(back, false, CLOCK); Workbench second = Workbenches.open(other, false, CLOCK)) {
            assertThat(copied.library()).extracting(CanvasSummary::name).containsExactly("Corner café");
            assertThat(second.library()).extracting(CanvasSummary::name).containsExactly("Corner café");
        }
    }

    @Test
    void aMissingCanvasOrABadTargetIsExitOneWithTheReasonAndNothingIsWritten() {
        TeamServer server = TestPostgres.newDatabase("clicopymiss");
        var missing = cli.run("--db", db.toString(), "copy", "No such canvas", "--to", url(server));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("valuebench: ").contains("No such canvas").doesNotContain("Exception");
        try (Workbench team = Workbenches.openTeam(server, null, CLOCK)) {
            assertThat(team.library()).isEmpty();
        }

        var badPort = cli.run("--db", db.toString(), "copy", "Corner café", "--to", "postgresql://a@localhost:0/x");
        assertThat(badPort.exit()).isEqualTo(1);
        assertThat(badPort.err()).startsWith("valuebench: ").contains("port").doesNotContain("Exception");

        var same = cli.run("--db", db.toString(), "copy", "Corner café", "--to", db.toString());
        assertThat(same.exit()).isEqualTo(1);
        assertThat(same.err()).isEqualTo("valuebench: Cannot copy to " + db.toAbsolutePath().normalize()
                + ": it is the workspace the canvas is in (Duplicate makes a copy there)\n");

        var noTarget = cli.run("--db", db.toString(), "copy", "Corner café");
        assertThat(noTarget.exit()).isEqualTo(2);
        assertThat(noTarget.err()).contains("--to");
        try (Workbench local = Workbenches.open(db, false, CLOCK)) {
            assertThat(local.library()).hasSize(4);
        }
    }
}
