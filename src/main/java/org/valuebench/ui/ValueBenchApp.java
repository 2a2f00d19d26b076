package org.valuebench.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.valuebench.app.ProgramLog;
import org.valuebench.app.join.Room;
import org.valuebench.app.join.RoomControl;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.ui.settings.PreferencesWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.web.JavalinRoomServer;

/** The desktop application: the composition root of the window. */
public final class ValueBenchApp extends Application {
    private static final System.Logger LOG = System.getLogger(ValueBenchApp.class.getName());
    private final UserMachine machine;
    private final Runnable afterClose;
    private ProgramLog log;

    /** JavaFX's launcher calls this: the user's own folders and settings; closing the window ends JavaFX. */
    public ValueBenchApp() {
        this(UserMachine.current(), Platform::exit);
    }

    ValueBenchApp(UserMachine machine, Runnable afterClose) {
        this.machine = machine;
        this.afterClose = afterClose;
    }

    @Override
    public void start(Stage stage) {
        Path logFolder = machine.logFolder();
        startLog(logFolder);
        // No parameters when a test builds the application itself.
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        LaunchOptions options = LaunchOptions.parse(args);
        Clock clock = Clock.systemDefaultZone();
        WorkbenchOpener opener = new WorkbenchOpener(clock);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(
                new DatabaseThread(Platform::runLater),
                (location, upgrading) -> opener.open(location, true, upgrading),
                FxDialogs::new,
                new PreferencesWindowSettings(machine.settings().get()),
                clock,
                new ExportThread(Platform::runLater),
                new HostServicesDesktopFiles(getHostServices()),
                Locale.getDefault(Locale.Category.FORMAT),
                logFolder,
                owner -> null,
                joining(clock));
        ValueBenchWindow window = ValueBenchWindow.show(stage, deps, machine.workspace(options));
        window.buildViewsAhead();
        window.setAfterClose(afterClose);
    }

    /** Devices see a change within this (and a second at most), while a burst of cards goes out as one view. */
    static final java.time.Duration ROOM_PUSH_PAUSE = java.time.Duration.ofMillis(150);

    private static ValueBenchWindow.Joining joining(Clock clock) {
        return new ValueBenchWindow.Joining(rooms(clock), owner -> null);
    }

    /**
     * The rooms participants' devices join, as the app makes them (the benchmark makes its own the same way): on
     * the Javalin listener (the one ui class that may reach org.valuebench.web), telling the devices of each change
     * on one notifier thread, a daemon so it never holds the application open.
     */
    public static Function<WorkshopAccess, RoomControl> rooms(Clock clock) {
        Executor notifier = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "valuebench-room");
            thread.setDaemon(true);
            return thread;
        });
        return access -> new Room(access, new JavalinRoomServer(), clock, new SecureRandom(), notifier,
                ROOM_PUSH_PAUSE);
    }

    private void startLog(Path folder) {
        try {
            log = ProgramLog.toFolder(folder);
            String version = ValueBenchApp.class.getPackage().getImplementationVersion();
            LOG.log(System.Logger.Level.INFO, "ValueBench {0} started",
                    version == null ? "(development build)" : version);
        } catch (IOException e) {
            // The window works without a log file; its messages then stay on java.util.logging's console.
            LOG.log(System.Logger.Level.WARNING, "cannot write the log in " + folder, e);
        }
    }

    @Override
    public void stop() {
        if (log != null) {
            log.close();
        }
    }
}
