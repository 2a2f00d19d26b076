package org.valuebench.app.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;
import org.valuebench.store.TestPostgres;

/** What several people on one team workspace must not take from each other: their remembered view, their undo. */
class TeamWorkspaceSharingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void eachUserRemembersTheirOwnCanvasAndZoom() {
        TeamServer server = TestPostgres.newDatabase("memory");
        long first;
        long second;
        try (Workbench anna = Workbenches.openTeam(server, null, CLOCK)) {
            first = anna.createCanvas("Café").canvas().orElseThrow().canvas().id();
            second = anna.createCanvas("Bakery").canvas().orElseThrow().canvas().id();
        }
        String ben = "ben_" + server.database();
        TestPostgres.admin(server.database(), "CREATE ROLE " + ben + " LOGIN",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ben,
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + ben);
        try (Workbench anna = Workbenches.openTeam(server, null, CLOCK);
             Workbench benBench = Workbenches.openTeam(TestPostgres.address(server.database(), ben), null, CLOCK)) {
            assertThat(anna.windowMemory().rememberLastCanvas(first)).isTrue();
            assertThat(benBench.windowMemory().rememberLastCanvas(second)).isTrue();
            benBench.windowMemory().rememberBoardZoom(1.5);
            assertThat(anna.windowMemory().lastCanvas()).contains(first);
            assertThat(benBench.windowMemory().lastCanvas()).contains(second);
            assertThat(anna.windowMemory().boardZoom()).isEmpty();
        }
    }

    @Test
    void openingAWindowLeavesAColleaguesUndoableDeleteRestorable() {
        TeamServer server = TestPostgres.newDatabase("parcel");
        try (Workbench anna = Workbenches.openTeam(server, null, CLOCK)) {
            long canvas = anna.createCanvas("Café").canvas().orElseThrow().canvas().id();
            long promise = anna.addItem(canvas, Section.BENEFITS, "Fast", -1).focusItemId();
            anna.workspace().transaction(c -> {
                anna.workspace().feedback().insert(Feedback.draft(canvas, promise, 4, FeedbackScale.ONE_TO_FIVE));
                return null;
            });
            anna.deleteItem(promise);
            // Ben opens the same workspace while Anna's delete is still on her undo stack.
            Workbenches.openTeam(server, null, CLOCK).close();
            anna.undo();
            assertThat(anna.workspace().feedback().count(canvas)).isEqualTo(1);
        }
    }
}
