package org.valuebench.ui;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.ui.settings.PreferencesWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;

/** The desktop application: the composition root of the window. */
public final class ValueBenchApp extends Application {

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Clock clock = Clock.systemDefaultZone();
        WorkbenchOpener opener = new WorkbenchOpener(clock);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(
                new DatabaseThread(Platform::runLater),
                (location, upgrading) -> opener.open(location, true, upgrading),
                FxDialogs::new,
                PreferencesWindowSettings.forUser(),
                clock,
                new ExportThread(Platform::runLater),
                new HostServicesDesktopFiles(getHostServices()),
                Locale.getDefault(Locale.Category.FORMAT));
        ValueBenchWindow window = ValueBenchWindow.show(stage, deps,
                WorkspaceLocation.fromSystem(options.dbOption()).creatingFolder(options.create()));
        window.setAfterClose(Platform::exit);
    }
}
