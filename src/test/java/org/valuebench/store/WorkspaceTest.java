package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.FeedbackCells;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

class WorkspaceTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    /** The version of the test-only migration in db/testmigration: beyond any real schema. */
    private static final int FUTURE_SCHEMA = 9999;

    @TempDir
    Path dir;

    @Test
    void createsAWorkspaceAndFindsEveryEditAfterReopening() {
        Path file = dir.resolve("nested/folder/ws.db");
        long canvasId;
        try (Workspace ws = Workspace.open(file, true)) {
            assertThat(ws.created()).isTrue();
            Canvas canvas = ws.canvases().insert(Canvas.draft("Café", T0));
            canvasId = canvas.id();
            Item need = ws.items().append(Item.draft(canvasId, Section.NEEDS, "  Good coffee  "));
            Item feature = ws.items().append(Item.draft(canvasId, Section.FEATURES, "Barista's choice")
                    .withPromise(true, 5));
            ws.links().add(new FitLink(feature.id(), need.id()));
        }
        try (Workspace ws = Workspace.open(file, true)) {
            assertThat(ws.created()).isFalse();
            var content = ws.canvases().content(canvasId).orElseThrow();
            assertThat(content.canvas().name()).isEqualTo("Café");
            assertThat(content.items()).extracting(Item::text).containsExactly("Good coffee", "Barista's choice");
            assertThat(content.items().get(1).promise()).isTrue();
            assertThat(content.items().get(1).promiseTarget()).isEqualTo(5);
            assertThat(content.links()).hasSize(1);
        }
    }

    @Test
    void keepsPositionsDenseThroughInsertMoveAndDelete() {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"), false)) {
            long c = ws.canvases().insert(Canvas.draft("C", T0)).id();
            Item a = ws.items().append(Item.draft(c, Section.WANTS, "a"));
            Item b = ws.items().append(Item.draft(c, Section.WANTS, "b"));
            Item d = ws.items().append(Item.draft(c, Section.WANTS, "d"));
            ws.items().insert(Item.draft(c, Section.WANTS, "c").at(Section.WANTS, 2));
            assertThat(texts(ws, c, Section.WANTS)).containsExactly("a", "b", "c", "d");
            ws.items().move(a.id(), Section.WANTS, 3);
            assertThat(texts(ws, c, Section.WANTS)).containsExactly("b", "c", "d", "a");
            ws.items().move(d.id(), Section.NEEDS, 0);
            assertThat(texts(ws, c, Section.WANTS)).containsExactly("b", "c", "a");
            assertThat(texts(ws, c, Section.NEEDS)).containsExactly("d");
            ws.items().delete(b.id());
            assertThat(ws.items().byCanvas(c)).filteredOn(i -> i.section() == Section.WANTS)
                    .extracting(Item::position).containsExactly(0, 1);
        }
    }

    @Test
    void storesTextThatStartsWithAControlCharacterWhole() {
        try (Workspace ws = Workspace.open(dir.resolve("ws.db"), false)) {
            long c = ws.canvases().insert(Canvas.draft("C", T0)).id();
            Item stored = ws.items().append(Item.draft(c, Section.NEEDS, "\u0000A seat"));
            assertThat(ws.items().find(stored.id()).orElseThrow().text()).isEqualTo("\u0000A seat");
        }
    }

    @Test
    void refusesAFileThatIsNotSqliteAndLeavesItUnchanged() throws IOException {
        Path file = dir.resolve("notes.db");
        byte[] bytes = "These are my meeting notes, not a database.\n".repeat(10).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        assertThatThrownBy(() -> Workspace.open(file, true))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("not an SQLite database");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(siblings()).containsExactly("notes.db");
    }

    @Test
    void refusesAForeignSqliteDatabaseAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file, true))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("other.sqlite")
                .hasMessageContaining("not a ValueBench workspace");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(siblings()).containsExactly("other.sqlite");
    }

    @Test
    void refusesAWorkspaceFromANewerVersionAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("future.db");
        try (Workspace ws = Workspace.open(file, false)) {
            ws.canvases().insert(Canvas.draft("From the future", T0));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(file);
        assertThat(ByteBuffer.wrap(before).getInt(60)).isEqualTo(99);
        assertThatThrownBy(() -> Workspace.open(file, true))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("future.db")
                .hasMessageContaining("newer version")
                .hasMessageContaining("schema 99");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void backsUpTheFileBeforeAMigrationRuns() throws Exception {
        Path file = dir.resolve("old.db");
        try (Workspace ws = Workspace.open(file, false)) {
            ws.canvases().insert(Canvas.draft("Kept in the backup", T0));
        }
        List<String> twoVersions = List.of("classpath:db/migration", "classpath:db/testmigration");
        List<Path> told = new ArrayList<>();
        List<Boolean> copiedWhenTold = new ArrayList<>();
        Consumer<Path> upgrading = backup -> {
            told.add(backup);
            // The name is reserved as an empty file first, so that two openers upgrading at once never share it.
            copiedWhenTold.add(backup.toFile().length() > 0);
        };
        try (Workspace ws = Workspace.open(file, false, twoVersions, FUTURE_SCHEMA, upgrading)) {
            assertThat(ws.canvases().list()).hasSize(1);
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().startsWith("old.db.before-migration-")).toList();
        }
        assertThat(backups).hasSize(1);
        assertThat(told).containsExactlyElementsOf(backups);
        assertThat(copiedWhenTold).containsExactly(false); // told before the copy, which takes time too
        Workspace.open(file, false, twoVersions, FUTURE_SCHEMA, upgrading).close();
        Workspace.open(dir.resolve("fresh.db"), false, twoVersions, FUTURE_SCHEMA, upgrading).close();
        assertThat(told).as("nothing to upgrade in a current or new file").hasSize(1);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.get(0));
             Statement s = c.createStatement();
             var rows = s.executeQuery("SELECT name FROM canvas")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Kept in the backup");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             var rows = s.executeQuery("PRAGMA user_version")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(FUTURE_SCHEMA);
        }
    }

    @Test
    void theMonthSumsMigrationSumsTheFeedbackAWorkspaceAlreadyHolds() throws Exception {
        Path schema4 = dir.resolve("schema4");
        Files.createDirectories(schema4);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : files.filter(p -> p.getFileName().toString().matches("V[1-4]__.*\\.sql")).toList()) {
                Files.copy(migration, schema4.resolve(migration.getFileName()));
            }
        }
        Path file = dir.resolve("v4.db");
        List<Feedback> records = new ArrayList<>();
        long canvasId;
        try (Workspace ws = Workspace.open(file, false, List.of("filesystem:" + schema4), 4)) {
            canvasId = ws.canvases().insert(Canvas.draft("Shop", T0)).id();
            // An id of its own: a new id is taken from id_high_water, which schema 4 does not have yet.
            long promise = ws.items().append(Item.draft(canvasId, Section.FEATURES, "In stock").withPromise(true, 4)
                    .withId(1)).id();
            String[] segments = {"Regulars", "regulars", "New", ""};
            for (int i = 0; i < 40; i++) {
                FeedbackScale scale = FeedbackScale.values()[i % 4];
                LocalDate day = i % 7 == 0 ? null : LocalDate.of(2024, 1 + i % 5, 1 + i % 28);
                records.add(new Feedback(0, canvasId, promise, scale.min() + i % 5, scale, i % 3 == 0 ? null : 3.0,
                        Voice.values()[i % 4], i % 2 == 0 ? "survey" : "review", segments[i % 4], day, "",
                        i % 3 == 1 ? "said something" : "", null));
            }
            ws.transaction(c -> {
                Jdbc jdbc = new Jdbc(c);
                records.forEach(f -> jdbc.insert(FeedbackRepository.INSERT, FeedbackRepository.values(f)));
                return null;
            });
        }
        try (Workspace ws = Workspace.open(file, false)) {
            for (FeedbackFilter filter : List.of(new FeedbackFilter(null, null, "REGULARS", null, null),
                    new FeedbackFilter(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31), null, "review", null))) {
                List<FeedbackCell> expected = FeedbackCells.of(records, filter);
                List<FeedbackCell> actual = ws.feedback().cells(canvasId, filter);
                assertThat(actual).hasSameSizeAs(expected);
                assertThat(actual.stream().mapToLong(FeedbackCell::count).sum())
                        .isEqualTo(expected.stream().mapToLong(FeedbackCell::count).sum()).isPositive();
                assertThat(actual.stream().mapToDouble(FeedbackCell::sum5).sum())
                        .isCloseTo(expected.stream().mapToDouble(FeedbackCell::sum5).sum(), within(1e-9));
                assertThat(ws.feedback().count(canvasId, 0, filter, null, true)).isEqualTo(records.stream()
                        .filter(filter::matches).filter(f -> !f.comment().isEmpty()).count()).isPositive();
            }
            assertThat(ws.feedback().facets(canvasId).segments()).containsExactly("New", "Regulars");
        }
    }

    @Test
    void aSecondEditorOnTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("shared.db");
        try (Workspace first = Workspace.open(file, true)) {
            assertThatThrownBy(() -> Workspace.open(file, true))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already open in another ValueBench window");
            try (Workspace reader = Workspace.open(file, false)) {
                assertThat(reader.canvases().list()).isEmpty();
            }
        }
        try (Workspace again = Workspace.open(file, true)) {
            assertThat(again.canvases().list()).isEmpty();
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration");
        int newest;
        try (Stream<Path> files = Files.list(migrations)) {
            newest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertThat(Workspace.SCHEMA_VERSION).isEqualTo(newest);
        try (Workspace ws = Workspace.open(dir.resolve("v.db"), false)) {
            Integer version = ws.transaction(c -> {
                try (var rows = c.createStatement().executeQuery("PRAGMA user_version")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(version).isEqualTo(newest);
        }
    }

    private List<String> texts(Workspace ws, long canvas, Section section) {
        return ws.items().byCanvas(canvas).stream().filter(i -> i.section() == section).map(Item::text).toList();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
