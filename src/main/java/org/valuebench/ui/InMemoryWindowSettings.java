package org.valuebench.ui;

import java.util.Optional;

/** Window settings that live only as long as this object, for tests and throw-away windows. */
public final class InMemoryWindowSettings implements WindowSettings {
    private WindowBounds bounds;
    private boolean dark;

    @Override
    public Optional<WindowBounds> bounds() {
        return Optional.ofNullable(bounds);
    }

    @Override
    public void saveBounds(WindowBounds newBounds) {
        this.bounds = newBounds;
    }

    @Override
    public boolean darkTheme() {
        return dark;
    }

    @Override
    public void saveDarkTheme(boolean newDark) {
        this.dark = newDark;
    }
}
