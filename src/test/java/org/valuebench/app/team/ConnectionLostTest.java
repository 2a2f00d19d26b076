package org.valuebench.app.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/** The server drops every connection: edits are refused meanwhile and nothing is written; afterwards all works again. */
class ConnectionLostTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void whileLostAnEditIsRefusedUnwrittenAndAfterTheReconnectOneLandsAndIsHeard() throws InterruptedException {
        TeamServer server = TestPostgres.newDatabase("lost");
        try (Workbench a = Workbenches.openTeam(server, null, CLOCK);
             Workbench b = Workbenches.openTeam(server, null, CLOCK)) {
            TeamWatchTest.Heard heardByA = new TeamWatchTest.Heard();
            TeamWatchTest.Heard heardByB = new TeamWatchTest.Heard();
            try (TeamWatch watchA = TeamWatch.start(a, heardByA).orElseThrow();
                 TeamWatch watchB = TeamWatch.start(b, heardByB).orElseThrow()) {
                long canvas = a.createCanvas("Café").canvas().orElseThrow().canvas().id();
                assertThat(heardByB.next(1_000)).isEqualTo(canvas + " New canvas");

                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS false",
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                                + server.database() + "'");
                assertThat(heardByA.next(2_000)).startsWith("LOST The connection to the team workspace");
                assertThat(heardByB.next(2_000)).startsWith("LOST The connection to the team workspace");
                assertThat(a.readOnlyReason()).hasValueSatisfying(reason -> assertThat(reason)
                        .contains("connection to the team workspace " + server + " was lost"));
                assertThatThrownBy(() -> a.addItem(canvas, Section.FEARS, "Queues", -1))
                        .isInstanceOf(AppException.class)
                        .hasMessageContaining("connection to the team workspace " + server + " was lost");

                TestPostgres.admin("postgres", "ALTER DATABASE " + server.database() + " ALLOW_CONNECTIONS true");
                assertThat(heardByA.next(6_000)).isEqualTo("LIVE ");
                assertThat(heardByB.next(6_000)).isEqualTo("LIVE ");
                assertThat(a.readOnlyReason()).isEmpty();
                a.addItem(canvas, Section.WANTS, "Calm", -1);
                assertThat(heardByB.next(1_000)).isEqualTo(canvas + " Add wants item");
                assertThat(b.canvas(canvas).items()).extracting(Item::text).containsExactly("Calm");
            }
        }
    }
}
