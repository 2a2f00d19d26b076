package org.valuebench.ui.fx;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons at the sizes the window uses. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Feather icon) {
        FontIcon fontIcon = new FontIcon(icon);
        fontIcon.getStyleClass().add("icon");
        return fontIcon;
    }

    public static FontIcon small(Feather icon) {
        FontIcon fontIcon = of(icon);
        fontIcon.getStyleClass().add("icon-small");
        return fontIcon;
    }
}
