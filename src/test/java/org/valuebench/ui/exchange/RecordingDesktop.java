package org.valuebench.ui.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Records what the window asked the desktop to open, instead of opening it. */
public final class RecordingDesktop implements DesktopFiles {
    public final List<String> calls = new ArrayList<>();

    @Override
    public void open(Path file) {
        calls.add("open " + file);
    }

    @Override
    public void showInFolder(Path file) {
        calls.add("folder " + file);
    }
}
