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
}
