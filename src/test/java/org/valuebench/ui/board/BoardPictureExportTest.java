package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.valuebench.app.Workbench;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.ui.shell.Theme;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The board's own picture on the real board: the whole board, also what is scrolled out of view, at 2x. */
class BoardPictureExportTest {
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
    void exportsTheWholeBoardAtTwiceItsSize() throws Exception {
        Path workspace = dir.resolve("workspace.db");
        try (Workbench seed = Workbench.open(workspace, true, ViewModelFixture.CLOCK)) {
            CanvasContent sample = SampleWorkspace.canvases().get(0);
            seed.addCanvas("Seed", sample, sample.canvas().name());
        }
        Path png = dir.resolve("board.png");
        double[] expected = new double[4];
        WaitForAsyncUtils.asyncFx(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            fixture = new ViewModelFixture(workspace);
            CanvasBoard board = new CanvasBoard(fixture.workbench);
            Scene scene = new Scene(board, 900, 500);
            scene.getRoot().getStyleClass().add("valuebench");
            scene.getStylesheets().add(Theme.STYLESHEET);
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            board.applyCss();
            board.layout();
            // File > Export > PNG now draws the board without JavaFX (io.CanvasPngRenderer); the board's own
            // picture (the whole board, also what is scrolled out of view) is still checked here.
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(board.picture(2), null), "png", png.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }

            Region header = (Region) board.getTop();
            Region grid = (Region) board.lookup(".board-grid");
            ScrollPane scroll = (ScrollPane) board.lookup(".board-scroll");
            expected[0] = board.getWidth();
            expected[1] = header.getHeight() + grid.getHeight();
            expected[2] = scroll.getViewportBounds().getHeight();
            expected[3] = header.getHeight();
            assertThat(fixture.dialogs.errors).isEmpty();
        }).get();

        // The sample canvas is taller than the window: the picture holds all of it, not just the viewport.
        assertThat(expected[1] - expected[3]).isGreaterThan(expected[2] + 100);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(expected[0] * 2));
        assertThat((double) image.getHeight()).isCloseTo(expected[1] * 2, offset(2.0));
        // Below what the window shows there is still canvas (cards, not an empty area).
        int belowViewport = (int) ((expected[3] + expected[2]) * 2) + 20;
        assertThat(coloursIn(image, belowViewport, image.getHeight())).isGreaterThan(20);
        assertThat(coloursIn(image, 0, (int) (expected[3] * 2))).isGreaterThan(20);
    }

    private static int coloursIn(BufferedImage image, int fromY, int toY) {
        Set<Integer> colours = new HashSet<>();
        for (int y = fromY; y < toY; y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
