package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.SaveStatus;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workbench.ViewModelFixture;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** A workspace that cannot be written opens with a read-only banner, and the window refuses edits with why. */
class ReadOnlyWorkspaceWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private Path folder;
    private Path file;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void aWorkspaceInAReadOnlyFolder() throws IOException {
        folder = Files.createDirectory(dir.resolve("media"));
        file = folder.resolve("ws.db");
        try (Workbench wb = Workbenches.open(file, false, ViewModelFixture.CLOCK)) {
            long canvas = wb.createCanvas("Café").canvas().orElseThrow().canvas().id();
            wb.addItem(canvas, Section.NEEDS, "Coffee before the train", -1);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void writableAgain() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aReadOnlyWorkspaceOpensWithItsReasonAndEditsAreRefusedWithIt() {
        try (ViewModelFixture f = new ViewModelFixture(file)) {
            String reason = f.workbench.readOnlyReasonProperty().get();
            assertThat(reason).startsWith(file + " is in a read-only folder");
            assertThat(f.workbench.phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);
            assertThat(f.workbench.statusProperty().get().text()).startsWith("Read-only");

            f.workbench.createCanvas("New");
            f.workbench.addItem(Section.WANTS, "Calm", null);

            assertThat(f.dialogs.errors).containsExactly(reason, reason);
            assertThat(f.workbench.library()).extracting(CanvasSummary::name).containsExactly("Café");
            assertThat(f.workbench.statusProperty().get()).isEqualTo(SaveStatus.of(SaveStatus.Kind.ERROR, reason));
        }
        assertThat(folder.toFile().list()).containsExactly("ws.db");
    }

    @Test
    void theWindowShowsAReadOnlyBannerAboveTheBoard() throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        DatabaseThread database = new DatabaseThread(Platform::runLater);
        ValueBenchWindow window = JourneyWindows.show(file, database, dialogs);
        try {
            JourneyWindows.waitUntil(() -> database.isIdle() && window.isBuilt());
            assertThat(window.model().phaseProperty().get()).isEqualTo(WorkbenchViewModel.Phase.READY);

            Label banner = lookup("#readOnlyBanner").queryAs(Label.class);
            assertThat(banner.isVisible()).isTrue();
            assertThat(banner.getText()).isEqualTo(window.model().readOnlyReasonProperty().get());
            assertThat(banner.getText()).contains("read-only");
        } finally {
            interact(window::close);
            JourneyWindows.waitUntil(database::isIdle);
        }
    }
}
