package org.valuebench.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * With {@code -Dvaluebench.timing=true}, writes to the log how long after JVM start the window was shown,
 * the workspace opened and the first canvas drawn, for the startup benchmark; with {@code =exit} it then
 * quits, so a script can launch it again and again. Silent otherwise.
 */
final class StartupTiming {
    private static final System.Logger LOG = System.getLogger(StartupTiming.class.getName());
    static final String PROPERTY = "valuebench.timing";

    private StartupTiming() {
    }

    static boolean requested() {
        String value = System.getProperty(PROPERTY, "");
        return value.equals("true") || value.equals("exit");
    }

    static void report(Stage stage, WorkbenchViewModel model) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> print("window shown", jvmStart));
        model.phaseProperty().addListener((obs, old, now) -> {
            if (now != WorkbenchViewModel.Phase.OPENING) {
                print("workspace " + now.name().toLowerCase(), jvmStart);
                // The next pulse has laid out and drawn the board with the canvas.
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        if (++frames == 2) {
                            stop();
                            print("canvas drawn", jvmStart);
                            if ("exit".equals(System.getProperty(PROPERTY))) {
                                Platform.exit();
                            }
                        }
                    }
                }.start();
            }
        });
    }

    private static void print(String what, Instant jvmStart) {
        LOG.log(System.Logger.Level.INFO, "valuebench.timing " + what + " after "
                + Duration.between(jvmStart, Instant.now()).toMillis() + " ms");
    }
}
