package org.valuebench.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the launch benchmark: a bare JavaFX window launched the same way as ValueBench (a main
 * class that is not an Application, on the plain classpath), printing the time from JVM start to its first
 * Stage.onShown in the same form as ValueBench's own startup timing, then exiting.
 */
public final class BareWindowLaunch {

    private BareWindowLaunch() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    /** The bare window itself. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("bare"), 1280, 800));
            stage.setOnShown(e -> {
                Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
                System.err.println("valuebench.timing window shown after "
                        + Duration.between(jvmStart, Instant.now()).toMillis() + " ms");
                Platform.exit();
            });
            stage.show();
        }
    }
}
