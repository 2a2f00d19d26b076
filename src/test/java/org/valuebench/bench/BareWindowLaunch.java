package org.valuebench.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the launch benchmark: a bare JavaFX window launched the same way as ValueBench, printing
 * the time from JVM start to its first Stage.onShown and exiting.
 */
public final class BareWindowLaunch extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("bare"), 1280, 800));
        stage.setOnShown(e -> {
            // Measured from the same origin as ValueBench's own report (StartupTiming).
            Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
            System.err.println("valuebench.timing window shown after "
                    + Duration.between(jvmStart, Instant.now()).toMillis() + " ms");
            Platform.exit();
        });
        stage.show();
    }
}
