package org.valuebench.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;
import org.valuebench.ui.settings.WindowSettings;

/**
 * Light or dark AtlantaFX Primer theme plus the window's own stylesheet, remembered in the window settings.
 * The stylesheets are attached only once the first frame is up: parsing them is a good part of startup.
 */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("valuebench.css").toExternalForm();
    private final WindowSettings settings;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public Theme(WindowSettings settings) {
        this.settings = settings;
        dark.set(settings.darkTheme());
    }

    /** Whether the dark theme is on; other windows (the workshop's presentation) follow it. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Plain colours for the first frame, matching the theme, before its stylesheets are parsed. */
    public String firstFrameStyle() {
        return dark.get() ? "-fx-background-color: #0d1117; -fx-text-fill: #c9d1d9;"
                : "-fx-background-color: #ffffff; -fx-text-fill: #24292f;";
    }

    public void attach(Parent root) {
        root.getStylesheets().add(STYLESHEET);
        apply(dark.get(), root);
        dark.addListener((obs, was, now) -> {
            apply(now, root);
            settings.saveDarkTheme(now);
        });
    }

    private static void apply(boolean isDark, Parent root) {
        Application.setUserAgentStylesheet(isDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        root.getStyleClass().remove("theme-dark");
        if (isDark) {
            root.getStyleClass().add("theme-dark");
        }
    }
}
