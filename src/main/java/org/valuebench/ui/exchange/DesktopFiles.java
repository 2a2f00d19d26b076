package org.valuebench.ui.exchange;

import java.nio.file.Path;

/** Hands a file to the desktop: open it in its usual application, or show its folder. */
public interface DesktopFiles {

    void open(Path file);

    void showInFolder(Path file);
}
