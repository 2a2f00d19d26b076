package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/** Row versions of canvases and items, on both engines: the same SQL, the same answers. */
class RowVersionsTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dir;

    @Test
    void everyUpdateOfAnItemRaisesItsVersionAndAnUpdateFromAnOlderVersionWritesNothing() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("items.db"), false)) {
            long canvasId = ws.canvases().insert(Canvas.draft("Shop", T0)).id();
            Item item = ws.items().append(Item.draft(canvasId, Section.FEATURES, "Fast checkout"));
            Item neighbour = ws.items().append(Item.draft(canvasId, Section.FEATURES, "Free returns"));
            assertThat(ws.items().version(item.id())).isEqualTo(1);

            assertThat(ws.items().update(item.withText("Faster checkout"), 1)).isEqualTo(2);
            assertThat(ws.items().version(item.id())).isEqualTo(2);

            assertThatThrownBy(() -> ws.items().update(item.withText("Slow checkout"), 1))
                    .isInstanceOf(RowChangedException.class)
                    .hasMessageContaining("Item " + item.id()).hasMessageContaining("changed since it was read");
            assertThat(ws.items().find(item.id()).orElseThrow().text()).isEqualTo("Faster checkout");
            assertThat(ws.items().version(item.id())).isEqualTo(2);

            // Unchecked updates (workshop merges, samples) raise it too; a move raises the moved item only.
            ws.items().update(item.withText("Checkout in one tap"));
            assertThat(ws.items().version(item.id())).isEqualTo(3);
            ws.items().move(item.id(), Section.FEATURES, 1);
            assertThat(ws.items().version(item.id())).isEqualTo(4);
            assertThat(ws.items().version(neighbour.id())).isEqualTo(1);

            CanvasRead read = ws.canvases().read(canvasId).orElseThrow();
            assertThat(read.content().items()).extracting(Item::text).containsExactly("Free returns", "Checkout in one tap");
            assertThat(read.itemVersion(item.id())).isEqualTo(4);
            assertThat(read.itemVersion(neighbour.id())).isEqualTo(1);
            assertThat(read.canvasVersion()).isEqualTo(1);
        }
    }

    @Test
    void everyUpdateOfACanvasRaisesItsVersionButMarkingItChangedDoesNot() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("canvases.db"), false)) {
            Canvas canvas = ws.canvases().insert(Canvas.draft("Shop", T0));
            assertThat(ws.canvases().version(canvas.id())).isEqualTo(1);
            assertThat(ws.canvases().update(canvas.withName("Corner shop"), 1)).isEqualTo(2);
            // Every item edit marks its canvas changed; that must not make a canvas edit a conflict.
            ws.canvases().touch(canvas.id(), T0.plusSeconds(5));
            assertThat(ws.canvases().version(canvas.id())).isEqualTo(2);

            assertThatThrownBy(() -> ws.canvases().update(canvas.withName("Kiosk"), 1))
                    .isInstanceOf(RowChangedException.class).hasMessageContaining("Canvas " + canvas.id());
            assertThat(ws.canvases().find(canvas.id()).orElseThrow().name()).isEqualTo("Corner shop");
            assertThatThrownBy(() -> ws.canvases().update(canvas.withId(canvas.id() + 100), 1))
                    .isNotInstanceOf(RowChangedException.class).hasMessageContaining("does not exist");
        }
    }

    @Test
    @Tag("sqlite-only") // the upgrade of an older SQLite file
    void aSchema6WorkspaceUpgradesWithABackupAndItsRowsStartAtVersion1() throws Exception {
        Path file = OlderWorkspace.atSchema(dir.resolve("old.db"), 6);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO canvas (id, name, segment, offering, notes, created_at, updated_at)"
                    + " VALUES (7, 'Shop', '', '', '', '" + T0 + "', '" + T0 + "')");
            s.execute("INSERT INTO item (id, canvas_id, section, position, text) VALUES (70, 7, 'FEATURES', 0, 'Fast checkout')");
        }
        List<Path> told = new ArrayList<>();
        try (Workspace ws = Workspace.open(file, false, told::add)) {
            assertThat(ws.canvases().version(7)).isEqualTo(1);
            assertThat(ws.items().version(70)).isEqualTo(1);
            assertThat(ws.items().update(ws.items().find(70).orElseThrow().withText("Faster checkout"), 1)).isEqualTo(2);
        }
        assertThat(told).hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("old.db.before-migration-")))
                    .hasSize(1);
        }
    }
}
