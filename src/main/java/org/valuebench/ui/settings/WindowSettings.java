package org.valuebench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.exchange.PaperSize;

/**
 * What the window remembers between runs: its bounds, the theme, where and how canvases were exported, and how
 * the analysis tabs were last set to show their charts.
 */
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

    /** Whether the strategy tab's value curves include the delivered line; off until chosen. */
    boolean showDelivered();

    void saveShowDelivered(boolean show);

    /** Whether cards show their fit marks ("Unanswered", "Fluff"); on until turned off. */
    boolean showFitMarks();

    void saveShowFitMarks(boolean show);

    /** Where the gap view splits the importance–performance grid; empty until chosen. */
    Optional<CrosshairMode> crosshairs();

    void saveCrosshairs(CrosshairMode mode);

    /** Where the user last left the dividers of the split named {@code split}; empty until moved. */
    Optional<double[]> dividers(String split);

    void saveDividers(String split, double[] positions);

    /**
     * The workspaces opened last, newest first: files' paths and team workspaces' addresses, which never hold a
     * password; empty at first.
     */
    List<String> recentWorkspaces();

    void saveRecentWorkspaces(List<String> workspaces);
}
