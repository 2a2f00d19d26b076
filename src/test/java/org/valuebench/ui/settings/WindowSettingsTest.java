package org.valuebench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.exchange.PaperSize;

/** The window's settings through the Preferences API, on a tree in memory: never the user's own store. */
class WindowSettingsTest {

    @Test
    void preferencesRememberBoundsAndTheme() throws BackingStoreException {
        Preferences node = new InMemoryPreferences().node("org/valuebench/window");
        try {
            PreferencesWindowSettings settings = new PreferencesWindowSettings(node);
            assertThat(settings.bounds()).isEmpty();
            assertThat(settings.darkTheme()).isFalse();
            settings.saveBounds(new WindowBounds(10, 20, 1200, 800, true));
            settings.saveDarkTheme(true);
            PreferencesWindowSettings again = new PreferencesWindowSettings(node);
            assertThat(again.bounds()).contains(new WindowBounds(10, 20, 1200, 800, true));
            assertThat(again.darkTheme()).isTrue();
        } finally {
            node.removeNode();
        }
    }

    @Test
    void preferencesRememberTheExchangeFolderAndPageSize() throws BackingStoreException {
        Preferences node = new InMemoryPreferences().node("org/valuebench/window");
        try {
            PreferencesWindowSettings settings = new PreferencesWindowSettings(node);
            assertThat(settings.exchangeFolder()).isEmpty();
            assertThat(settings.paperSize()).isEmpty();
            Path folder = Path.of("exports", "canvases").toAbsolutePath();
            settings.saveExchangeFolder(folder);
            settings.savePaperSize(PaperSize.A3);
            PreferencesWindowSettings again = new PreferencesWindowSettings(node);
            assertThat(again.exchangeFolder()).contains(folder);
            assertThat(again.paperSize()).contains(PaperSize.A3);

            node.put("export.paper", "B5"); // written by a newer version
            assertThat(again.paperSize()).isEmpty();
        } finally {
            node.removeNode();
        }
    }

    @Test
    void preferencesRememberHowTheChartsWereLastShown() throws BackingStoreException {
        Preferences node = new InMemoryPreferences().node("org/valuebench/window");
        try {
            PreferencesWindowSettings settings = new PreferencesWindowSettings(node);
            assertThat(settings.showDelivered()).isFalse();
            assertThat(settings.crosshairs()).isEmpty();
            assertThat(settings.showFitMarks()).isTrue();
            settings.saveShowFitMarks(false);
            assertThat(new PreferencesWindowSettings(node).showFitMarks()).isFalse();
            settings.saveShowDelivered(true);
            settings.saveCrosshairs(CrosshairMode.DATA_MEANS);
            PreferencesWindowSettings again = new PreferencesWindowSettings(node);
            assertThat(again.showDelivered()).isTrue();
            assertThat(again.crosshairs()).contains(CrosshairMode.DATA_MEANS);

            node.put("gaps.crosshairs", "MEDIANS"); // written by a newer version
            assertThat(again.crosshairs()).isEmpty();
        } finally {
            node.removeNode();
        }
    }
}
