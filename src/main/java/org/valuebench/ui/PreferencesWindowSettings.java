package org.valuebench.ui;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Window settings in the user's Java preferences, so they survive restarts and apply to every workspace. */
public final class PreferencesWindowSettings implements WindowSettings {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DARK = "theme.dark";
    private final Preferences node;

    public PreferencesWindowSettings(Preferences node) {
        this.node = node;
    }

    public static PreferencesWindowSettings forUser() {
        return new PreferencesWindowSettings(Preferences.userRoot().node("org/valuebench/window"));
    }

    @Override
    public Optional<WindowBounds> bounds() {
        double width = node.getDouble(WIDTH, -1);
        double height = node.getDouble(HEIGHT, -1);
        if (width <= 0 || height <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble(X, 0), node.getDouble(Y, 0), width, height,
                node.getBoolean(MAXIMIZED, false)));
    }

    @Override
    public void saveBounds(WindowBounds bounds) {
        node.putDouble(X, bounds.x());
        node.putDouble(Y, bounds.y());
        node.putDouble(WIDTH, bounds.width());
        node.putDouble(HEIGHT, bounds.height());
        node.putBoolean(MAXIMIZED, bounds.maximized());
        flush();
    }

    @Override
    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    @Override
    public void saveDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window position is harmless; the user hears about it without being stopped.
            System.err.println("ValueBench: cannot store window settings: " + e.getMessage());
        }
    }
}
