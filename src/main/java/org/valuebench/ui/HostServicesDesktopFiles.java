package org.valuebench.ui;

import java.nio.file.Path;
import javafx.application.HostServices;
import org.valuebench.ui.exchange.DesktopFiles;

/** Opens files and folders through JavaFX's host services (xdg-open, Finder, Explorer). */
final class HostServicesDesktopFiles implements DesktopFiles {
    private final HostServices host;

    HostServicesDesktopFiles(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path file) {
        host.showDocument(file.toAbsolutePath().toUri().toString());
    }

    /** Opens the folder holding the file; selecting the file in it has no portable way. */
    @Override
    public void showInFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        host.showDocument((folder == null ? file.toAbsolutePath() : folder).toUri().toString());
    }
}
