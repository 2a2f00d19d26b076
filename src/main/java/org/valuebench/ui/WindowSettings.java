package org.valuebench.ui;

import java.util.Optional;

/** What the window remembers between runs: its bounds and the theme. */
public interface WindowSettings {

    Optional<WindowBounds> bounds();

    void saveBounds(WindowBounds bounds);

    boolean darkTheme();

    void saveDarkTheme(boolean dark);
}
