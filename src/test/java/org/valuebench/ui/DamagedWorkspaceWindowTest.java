package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.domain.Item;
import org.valuebench.store.DamagedWorkspace;
import org.valuebench.ui.feedback.FeedbackImportViewModel;
import org.valuebench.ui.feedback.ScriptedGapDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;

/** A workspace found damaged while the window has it open turns read-only, with the banner's advice. */
class DamagedWorkspaceWindowTest {
    @TempDir
    Path dir;

    @Test
    @Tag("sqlite-only") // the damage is a broken page of the SQLite file, and the advice its recover command
    void anImportIntoADamagedWorkspaceIsRefusedAndTheWindowTurnsReadOnlyWithTheAdvice() throws IOException {
        Path file = DamagedWorkspace.withSampleFeedback(dir.resolve("ws.db"), ViewModelFixture.CLOCK);
        DamagedWorkspace.damageFeedbackLeaf(file);
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            assertThat(f.workbench.readOnlyReasonProperty().get()).isEmpty();
            Item promise = f.shown().promises().get(0);
            Path csv = Files.writeString(dir.resolve("more.csv"), "promise,score\n" + promise.text() + ",4\n");
            ScriptedGapDialogs dialogs = new ScriptedGapDialogs();
            FeedbackImportViewModel importer = new FeedbackImportViewModel(f.workbench, dialogs, Runnable::run);

            importer.start(f.workbench.canvasId(), csv, new ImportOptions(null, false, false));

            String reason = f.workbench.readOnlyReasonProperty().get();
            assertThat(reason).startsWith(file + " is damaged").contains("valuebench recover");
            assertThat(f.workbench.statusProperty().get().text()).isNotEmpty();
            // Every later edit is refused with the same advice, before it reaches the file.
            f.workbench.createCanvas("After the damage");
            assertThat(f.dialogs.errors).contains(reason);
        }
    }
}
