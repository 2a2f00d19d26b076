package org.valuebench.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.history.CanvasVersion;
import org.valuebench.ui.workbench.ViewModelFixture;

class HistoryViewModelTest {
    @TempDir
    Path dir;

    private static List<CanvasVersion> stored(ViewModelFixture f, long canvasId) {
        List<CanvasVersion>[] versions = new List[1];
        f.workbench.onDatabase(s -> new HistoryUseCases(s.current()).versions(canvasId), v -> versions[0] = v,
                e -> {
                    throw e;
                });
        return versions[0];
    }

    @Test
    void saveVersionAsksANameSuggestingTheDateAndSaysWhichVersionItSaved() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            HistoryViewModel history = new HistoryViewModel(f.workbench, ViewModelFixture.CLOCK, HistoryCompare.NONE);
            assertThat(history.canSaveProperty().get()).as("no canvas to save").isFalse();
            f.workbench.createCanvas("Café");
            long cafe = f.workbench.canvasId();
            assertThat(history.canSaveProperty().get()).isTrue();
            f.dialogs.texts.push("  Before the board meeting ");
            history.saveVersion();
            assertThat(f.dialogs.initialTexts).containsExactly("4 Mar 2026");
            assertThat(stored(f, cafe)).extracting(CanvasVersion::name).containsExactly("Before the board meeting");
            assertThat(f.workbench.statusProperty().get().text())
                    .isEqualTo("Version 1 saved: Before the board meeting");

            history.saveVersion(); // cancelled: nothing saved
            assertThat(stored(f, cafe)).hasSize(1);
            f.dialogs.texts.push("   ");
            history.saveVersion();
            assertThat(f.dialogs.errors).singleElement().asString().contains("needs a name");
            assertThat(stored(f, cafe)).hasSize(1);
        }
    }

    @Test
    void thePanelListsTheShownCanvasVersionsNewestFirstAndFollowsEveryChange() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            List<long[]> compared = new java.util.ArrayList<>();
            HistoryViewModel history = new HistoryViewModel(f.workbench, ViewModelFixture.CLOCK,
                    (canvas, a, b) -> compared.add(new long[] {canvas, a, b}));
            f.workbench.createCanvas("Café");
            long cafe = f.workbench.canvasId();
            assertThat(history.versions()).isEmpty();
            assertThat(history.emptyText()).startsWith("No versions yet. File ▸ Save version… keeps one;");
            f.dialogs.texts.push("March workshop");
            history.saveVersion();
            assertThat(history.versions()).extracting(CanvasVersion::name).containsExactly("March workshop");
            f.workbench.addItem(org.valuebench.domain.Section.NEEDS, "Fresh bread", null);
            f.dialogs.texts.push("After bread");
            history.saveVersion();
            assertThat(history.versions()).extracting(CanvasVersion::name)
                    .containsExactly("After bread", "March workshop");
            CanvasVersion latest = history.versions().get(0);
            assertThat(VersionRows.line(latest, java.time.ZoneOffset.UTC))
                    .startsWith("4 Mar 2026 10:15 · After bread").contains("+1 need");
            // A version taken elsewhere (here by the use case, as a workshop would) shows with the next change.
            f.workbench.edit(s -> {
                new HistoryUseCases(s.current()).takeAutomatic(cafe, org.valuebench.domain.history.VersionCause.RESTORE);
                return s.current().renameCanvas(cafe, "Café 2");
            }, null, e -> {
                throw e;
            });
            assertThat(history.versions()).hasSize(3);

            history.compareWithNow(latest);
            history.compareWith(latest, history.versions().get(2));
            assertThat(compared).containsExactly(new long[] {cafe, latest.id(), 0},
                    new long[] {cafe, history.versions().get(2).id(), latest.id()});

            f.dialogs.confirmations.push(false);
            history.delete(latest);
            assertThat(f.dialogs.questions).last().asString().contains("After bread");
            assertThat(history.versions()).hasSize(3);
            f.dialogs.confirmations.push(true);
            history.delete(latest);
            assertThat(history.versions()).extracting(CanvasVersion::name).doesNotContain("After bread").hasSize(2);

            f.workbench.createCanvas("Other");
            assertThat(history.versions()).as("follows the shown canvas").isEmpty();
            f.workbench.showCanvas(cafe);
            assertThat(history.versions()).hasSize(2);
        }
    }

    @Test
    void restoreIsOneUndoableStepAfterAnAutomaticVersionAndOpenAsNewCanvasShowsTheCopy() {
        try (ViewModelFixture f = new ViewModelFixture(dir.resolve("ws.db"))) {
            HistoryViewModel history = new HistoryViewModel(f.workbench, ViewModelFixture.CLOCK, HistoryCompare.NONE);
            f.workbench.createCanvas("Café");
            long cafe = f.workbench.canvasId();
            f.workbench.addItem(org.valuebench.domain.Section.NEEDS, "Fresh bread", null);
            f.dialogs.texts.push("One need");
            history.saveVersion();
            CanvasVersion saved = history.versions().get(0);
            f.workbench.addItem(org.valuebench.domain.Section.NEEDS, "Parking", null);
            assertThat(f.shown().items()).hasSize(2);

            history.restore(saved);
            assertThat(f.shown().items()).extracting(i -> i.text()).containsExactly("Fresh bread");
            assertThat(history.versions().get(0).name()).isEqualTo("Before restore");
            assertThat(f.workbench.statusProperty().get().text()).contains("version " + saved.number(), "One need");
            f.workbench.undo();
            assertThat(f.shown().items()).extracting(i -> i.text()).containsExactly("Fresh bread", "Parking");

            history.openAsNewCanvas(saved);
            assertThat(f.workbench.canvasId()).isNotEqualTo(cafe);
            assertThat(f.shown().canvas().name()).isEqualTo("Café (version " + saved.number() + ")");
            assertThat(f.shown().items()).extracting(i -> i.text()).containsExactly("Fresh bread");
        }
    }
}
