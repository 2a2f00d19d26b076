package org.valuebench.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/** Who else has the team workspace open: other windows by user, never the asking window itself. */
class TeamPresenceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void eachWindowSeesTheOthersByUserWithTheirCountOfWindows() throws InterruptedException {
        TeamServer server = TestPostgres.newDatabase("presence");
        Workbenches.openTeam(server, null, CLOCK).close();
        TestPostgres.admin(server.database(), "CREATE ROLE anna LOGIN",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO anna");
        TeamServer asAnna = TestPostgres.address(server.database(), "anna");
        try (Workbench a = Workbenches.openTeam(server, null, CLOCK);
             Workbench b = Workbenches.openTeam(server, null, CLOCK);
             TeamWatch watchB = TeamWatch.start(b, new TeamWatchTest.Heard()).orElseThrow();
             Workbench anna1 = Workbenches.openTeam(asAnna, null, CLOCK);
             Workbench anna2 = Workbenches.openTeam(asAnna, null, CLOCK)) {
            assertThat(TeamPresence.others(a)).containsExactly(new Colleague("anna", 2), new Colleague("postgres", 1));
            assertThat(TeamPresence.others(anna1)).containsExactly(new Colleague("anna", 1),
                    new Colleague("postgres", 2));
            watchB.close();
            b.close();
            assertThat(eventually(a, 1)).containsExactly(new Colleague("anna", 2));
        }
    }

    @Test
    void aLocalFileHasNoColleagues(@TempDir Path dir) {
        try (Workbench local = Workbenches.open(dir.resolve("local.valuebench"), true, CLOCK)) {
            assertThat(TeamPresence.others(local)).isEmpty();
        }
    }

    /** A closed connection leaves the server's list a moment after it is closed. */
    private static List<Colleague> eventually(Workbench workbench, int size) throws InterruptedException {
        List<Colleague> others = TeamPresence.others(workbench);
        for (int i = 0; i < 40 && others.size() != size; i++) {
            Thread.sleep(50);
            others = TeamPresence.others(workbench);
        }
        return others;
    }
}
