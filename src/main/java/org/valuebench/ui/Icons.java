package org.valuebench.ui;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the window uses. */
final class Icons {

    private Icons() {
    }

    static FontIcon of(Feather icon) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.getStyleClass().add("icon");
        return fontIcon;
    }

    static FontIcon small(Feather icon) {
        FontIcon fontIcon = of(icon);
        fontIcon.getStyleClass().add("icon-small");
        return fontIcon;
    }
}
