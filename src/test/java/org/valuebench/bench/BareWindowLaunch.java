package org.valuebench.bench;

import java.lang.management.ManagementFactory;
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
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("launch.shown.ms=" + ms);
            Platform.exit();
        });
        stage.show();
    }
}
