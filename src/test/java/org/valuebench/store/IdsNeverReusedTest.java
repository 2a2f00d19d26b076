package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * A deleted card's or factor's id is never given to a new one: versions and comparisons match cards by id, so a
 * card deleted and another added must not read as one card edited (SQLite gives max(id) + 1 by default, which is
 * the deleted card's id when it was the newest). Undo still puts a deleted card back under its own id.
 */
class IdsNeverReusedTest {
    private static final Instant T0 = Instant.parse("2026-05-06T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theNewestItemDeletedLeavesItsIdUnused() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            ws.items().append(Item.draft(canvas, Section.NEEDS, "Fast"));
            Item newest = ws.items().append(Item.draft(canvas, Section.NEEDS, "Warm"));
            ws.items().delete(newest.id());
            Item next = ws.items().append(Item.draft(canvas, Section.NEEDS, "Eggs"));
            assertThat(next.id()).isGreaterThan(newest.id());
            long[] bulk = ws.items().insertAllNew(List.of(Item.draft(canvas, Section.WANTS, "Calm").at(Section.WANTS, 0)));
            assertThat(bulk[0]).isGreaterThan(next.id());
            ws.items().delete(bulk[0]);
            ws.items().delete(next.id());
            assertThat(ws.items().append(Item.draft(canvas, Section.NEEDS, "Tea")).id()).isGreaterThan(bulk[0]);
            // Undo of a delete: the card comes back under its own id.
            Item back = ws.items().insert(newest);
            assertThat(back.id()).isEqualTo(newest.id());
        }
    }

    @Test
    void theNewestFactorDeletedLeavesItsIdUnused() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            long canvas = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            ws.strategy().insert(Factor.draft(canvas, "Price"));
            Factor newest = ws.strategy().insert(Factor.draft(canvas, "Speed"));
            ws.strategy().delete(newest.id());
            assertThat(ws.strategy().insert(Factor.draft(canvas, "Warmth")).id()).isGreaterThan(newest.id());
        }
    }
}
