package org.valuebench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Parent;

/** Light or dark AtlantaFX Primer theme plus the window's own stylesheet, remembered in the window settings. */
public final class Theme {
    static final String STYLESHEET = Theme.class.getResource("valuebench.css").toExternalForm();
    private final BooleanProperty dark = new SimpleBooleanProperty();

    Theme(WindowSettings settings, Parent root) {
        root.getStylesheets().add(STYLESHEET);
        dark.addListener((obs, was, now) -> {
            apply(now, root);
            settings.saveDarkTheme(now);
        });
        dark.set(settings.darkTheme());
        apply(dark.get(), root);
    }

    BooleanProperty darkProperty() {
        return dark;
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
