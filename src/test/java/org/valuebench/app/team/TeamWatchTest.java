package org.valuebench.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/** Two windows (workbenches) on one team workspace: each hears the other's changes, also across a lost connection. */
class TeamWatchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void anEditInOneWindowReachesTheOtherWithinASecondAndNotItsOwn() throws InterruptedException {
        TeamServer server = TestPostgres.newDatabase("live");
        try (Workbench a = Workbenches.openTeam(server, null, CLOCK);
             Workbench b = Workbenches.openTeam(server, null, CLOCK)) {
            Heard heardByA = new Heard();
            Heard heardByB = new Heard();
            try (TeamWatch watchA = TeamWatch.start(a, heardByA).orElseThrow();
                 TeamWatch watchB = TeamWatch.start(b, heardByB).orElseThrow()) {
                long canvas = a.createCanvas("Café").canvas().orElseThrow().canvas().id();
                assertThat(heardByB.next(1_000)).isEqualTo(canvas + " New canvas");
                b.addItem(canvas, Section.NEEDS, "Coffee", -1);
                assertThat(heardByA.next(1_000)).isEqualTo(canvas + " Add needs item");
                assertThat(heardByA.next(300)).isNull();
                assertThat(heardByB.next(300)).isNull();
            }
        }
    }

    @Test
    void changesMadeWhileTheListenerWasCutOffAreCaughtUpInOrderWhenItIsBack() throws InterruptedException {
        TeamServer server = TestPostgres.newDatabase("live");
        try (Workbench a = Workbenches.openTeam(server, null, CLOCK);
             Workbench b = Workbenches.openTeam(server, null, CLOCK)) {
            long canvas = a.createCanvas("Café").canvas().orElseThrow().canvas().id();
            Heard heardByB = new Heard();
            try (TeamWatch watchB = TeamWatch.start(b, heardByB).orElseThrow()) {
                a.addItem(canvas, Section.NEEDS, "Coffee", -1);
                assertThat(heardByB.next(1_000)).isEqualTo(canvas + " Add needs item");
                // No new connection is let in until A has edited twice, so B's listener is surely cut off meanwhile.
                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false");
                TestPostgres.admin("postgres", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE datname = '" + server.database() + "' AND application_name = 'ValueBench "
                        + b.workspace().session() + " listening'");
                assertThat(heardByB.next(2_000)).startsWith("LOST The connection to the team workspace");
                a.addItem(canvas, Section.WANTS, "Calm", -1);
                a.renameCanvas(canvas, "Café Süd");
                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
                List<String> after = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    after.add(heardByB.next(6_000));
                }
                assertThat(after).containsExactly(canvas + " Add wants item", canvas + " Rename canvas", "LIVE ");
                assertThat(heardByB.next(300)).isNull();
            }
        }
    }

    /** What a window heard, one line each: "canvas what", "LOST sentence" or "LIVE ". */
    static final class Heard implements TeamWatch.Listener {
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

        @Override
        public void changed(ColleagueChange change) {
            lines.add(change.canvasId() + " " + change.what());
        }

        @Override
        public void connection(ConnectionState state, String message) {
            lines.add(state + " " + message);
        }

        String next(long millis) throws InterruptedException {
            return lines.poll(millis, TimeUnit.MILLISECONDS);
        }
    }
}
