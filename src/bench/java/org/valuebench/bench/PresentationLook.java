package org.valuebench.bench;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.valuebench.ui.workshop.presentation.PresentationScenes;
import org.valuebench.ui.workshop.presentation.PresentationView;
import org.valuebench.ui.workshop.presentation.PresentationViewModel;

/**
 * Pictures of the projector's screen to look at as the back of the room would: a private step, the step after
 * the reveal, a vote with dots, its result, 30 cards in pages (the first two) and the title screen, in a window
 * of the given size and theme, each
 * saved as a PNG. Run on a display (e.g. Xvfb of that size) with {@code -Dprism.order=sw}; not a test.
 *   java -cp "$(src/bench/classpath.sh)" org.valuebench.bench.PresentationLook WIDTH HEIGHT light|dark FOLDER
 */
public final class PresentationLook {
    private PresentationLook() {
    }

    public static void main(String[] args) throws Exception {
        double width = Double.parseDouble(args[0]);
        double height = Double.parseDouble(args[1]);
        boolean dark = "dark".equals(args[2]);
        Path folder = Files.createDirectories(Path.of(args[3]));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        PresentationScenes scenes = new PresentationScenes();
        Stage[] stage = new Stage[1];
        onFx(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
            scenes.privateStep(9, 7, 8);
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new PresentationView(new PresentationViewModel(scenes.session()),
                    new SimpleBooleanProperty(dark)), width, height));
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].show();
        });
        String name = "presentation-" + (int) width + "x" + (int) height + "-" + args[2] + "-";
        save(stage[0], folder.resolve(name + "private.png"));
        onFx(() -> scenes.revealed(12, 12));
        save(stage[0], folder.resolve(name + "revealed.png"));
        onFx(() -> scenes.voting(12, List.of(3, 0, 5, 1, 1, 2), true));
        save(stage[0], folder.resolve(name + "voting.png"));
        onFx(() -> scenes.voting(12, List.of(3, 0, 5, 1, 1, 2), false));
        save(stage[0], folder.resolve(name + "result.png"));
        onFx(() -> scenes.revealed(30, 12));
        save(stage[0], folder.resolve(name + "paging-1.png"));
        onFx(() -> scenes.session().pages().next());
        save(stage[0], folder.resolve(name + "paging-2.png"));
        onFx(() -> scenes.timed(10 * 60 + 130));
        save(stage[0], folder.resolve(name + "overtime.png"));
        onFx(scenes::none);
        save(stage[0], folder.resolve(name + "title.png"));
        Platform.exit();
    }

    private static void save(Stage stage, Path file) throws Exception {
        Thread.sleep(600);
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void onFx(Runnable task) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
