package org.valuebench.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.valuebench.app.PaperSize;

/** What the window remembers between runs: its bounds, the theme, and where and how canvases were exported. */
public interface WindowSettings {

    Optional<WindowBounds> bounds();

    void saveBounds(WindowBounds bounds);

    boolean darkTheme();

    void saveDarkTheme(boolean dark);

    /** The folder of the last canvas file exported or imported, for the next file chooser. */
    Optional<Path> exchangeFolder();

    void saveExchangeFolder(Path folder);

    /** The page size chosen for the last PDF export; empty until one was chosen. */
    Optional<PaperSize> paperSize();

    void savePaperSize(PaperSize paper);
}
