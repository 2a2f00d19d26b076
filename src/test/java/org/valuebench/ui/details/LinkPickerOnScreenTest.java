package org.valuebench.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.domain.Section;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The link picker's list, opened in a Details pane at the right edge of the screen, stays on the screen. */
class LinkPickerOnScreenTest {
    @TempDir
    Path dir;
    private Stage stage;
    private ViewModelFixture fixture;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage != null) {
                stage.close();
            }
            if (fixture != null) {
                fixture.close();
            }
        }).get();
    }

    @Test
    void theListOfALongCandidateStaysOnTheScreen() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        @SuppressWarnings("unchecked")
        ComboBox<LinkCandidate>[] picker = new ComboBox[1];
        WaitForAsyncUtils.asyncFx(() -> {
            fixture = new ViewModelFixture(dir.resolve("ws.db"));
            fixture.workbench.createCanvas("C");
            fixture.workbench.addItem(Section.WANTS, "A want described at great length, ".repeat(8) + "the end", null);
            fixture.workbench.addItem(Section.FEATURES, "Free refills", null);
            DetailsView view = new DetailsView(fixture.details);
            stage = new Stage();
            stage.setScene(new Scene(view, 320, 700));
            stage.setX(screen.getMaxX() - 330);
            stage.setY(screen.getMinY());
            stage.show();
            picker[0] = (ComboBox<LinkCandidate>) view.lookup("#linkPicker");
            picker[0].show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            Window popup = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                    && w.getScene() != null && w.getScene().lookup(".list-view") != null).findFirst().orElseThrow();
            assertThat(popup.getX()).isGreaterThanOrEqualTo(screen.getMinX());
            assertThat(popup.getX() + popup.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
            assertThat(popup.getY() + popup.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
            picker[0].hide();
        }).get();
    }
}
