package org.valuebench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.domain.history.VersionCause;

class VersionRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-05-06T09:00:00Z");

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void versionsAreNumberedPerCanvasListedNewestFirstAndKeptAcrossReopening() {
        Path file = dir.resolve("ws.db");
        long cafe;
        long first;
        try (Workspace ws = TestWorkspaces.open(file, true)) {
            cafe = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            long bank = ws.canvases().insert(Canvas.draft("Bank", T0)).id();
            first = ws.versions().insert(cafe, "March workshop", VersionCause.SAVED, "ann", T0, "", bytes("one")).id();
            ws.versions().insert(bank, "Other", VersionCause.SAVED, "", T0, "", bytes("bank"));
            CanvasVersion second = ws.versions().insert(cafe, "Before restore", VersionCause.RESTORE, "",
                    T0.plusSeconds(60), "+1 need", bytes("two"));
            assertThat(second.number()).isEqualTo(2);
            assertThat(second.canvasId()).isEqualTo(cafe);
        }
        try (Workspace ws = TestWorkspaces.open(file, true)) {
            assertThat(ws.versions().list(cafe)).extracting(CanvasVersion::number, CanvasVersion::name,
                    CanvasVersion::cause, CanvasVersion::author, CanvasVersion::summary).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2, "Before restore", VersionCause.RESTORE, "", "+1 need"),
                    org.assertj.core.groups.Tuple.tuple(1, "March workshop", VersionCause.SAVED, "ann", ""));
            assertThat(ws.versions().list(cafe).get(1).takenAt()).isEqualTo(T0);
            assertThat(new String(ws.versions().content(first).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("one");
            assertThat(ws.versions().latest(cafe)).map(CanvasVersion::number).contains(2);
            assertThat(ws.versions().find(first)).map(CanvasVersion::name).contains("March workshop");
        }
    }

    @Test
    void aDeletedVersionsNumberIsNeverGivenAgain() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            long cafe = ws.canvases().insert(Canvas.draft("Café", T0)).id();
            ws.versions().insert(cafe, "One", VersionCause.SAVED, "", T0, "", bytes("1"));
            long two = ws.versions().insert(cafe, "Two", VersionCause.SAVED, "", T0, "", bytes("2")).id();
            ws.versions().delete(two);
            assertThat(ws.versions().list(cafe)).extracting(CanvasVersion::number).containsExactly(1);
            assertThat(ws.versions().find(two)).isEmpty();
            assertThat(ws.versions().content(two)).isEmpty();
            assertThat(ws.versions().insert(cafe, "Three", VersionCause.SAVED, "", T0, "", bytes("3")).number())
                    .isEqualTo(3);
            assertThatThrownBy(() -> ws.versions().delete(two)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("does not exist");
        }
    }

    @Test
    void deletingACanvasDeletesItsVersionsAndTheKeptRowsBringThemBack() {
        try (Workspace ws = TestWorkspaces.open(dir.resolve("ws.db"), true)) {
            Canvas cafe = ws.canvases().insert(Canvas.draft("Café", T0));
            long id = ws.versions().insert(cafe.id(), "One", VersionCause.SAVED, "", T0, "", bytes("kept")).id();
            CanvasWorkshopRows kept = ws.workshops().rowsOfCanvas(cafe.id());
            ws.canvases().delete(cafe.id());
            assertThat(ws.versions().list(cafe.id())).isEmpty();
            assertThat(ws.versions().content(id)).isEmpty();

            ws.canvases().insert(cafe);
            ws.workshops().restore(kept);
            assertThat(ws.versions().list(cafe.id())).extracting(CanvasVersion::id).containsExactly(id);
            assertThat(new String(ws.versions().content(id).orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("kept");
        }
    }
}
