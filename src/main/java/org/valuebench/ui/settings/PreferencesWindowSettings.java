package org.valuebench.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.AppException;
import org.valuebench.app.exchange.PaperSize;

/** Window settings in the user's Java preferences, so they survive restarts and apply to every workspace. */
public final class PreferencesWindowSettings implements WindowSettings {
    private static final System.Logger LOG = System.getLogger(PreferencesWindowSettings.class.getName());
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DARK = "theme.dark";
    private static final String EXCHANGE_FOLDER = "exchange.folder";
    private static final String PAPER = "export.paper";
    private static final String DELIVERED = "strategy.delivered";
    private static final String CROSSHAIRS = "gaps.crosshairs";
    private static final String DIVIDERS = "split.";
    private static final String FIT_MARKS = "board.fitMarks";
    private static final String RECENT = "recent.";
    private static final int RECENT_LIMIT = 10;
    private final Preferences node;

    public PreferencesWindowSettings(Preferences node) {
        this.node = node;
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

    @Override
    public Optional<Path> exchangeFolder() {
        String folder = node.get(EXCHANGE_FOLDER, "");
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(folder));
        } catch (InvalidPathException e) {
            // Stored on another system or edited by hand: the chooser simply starts in its default folder.
            return Optional.empty();
        }
    }

    @Override
    public void saveExchangeFolder(Path folder) {
        node.put(EXCHANGE_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    @Override
    public Optional<PaperSize> paperSize() {
        String paper = node.get(PAPER, "");
        if (paper.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PaperSize.parse(paper));
        } catch (AppException e) {
            // A size this version does not know (a newer one wrote it): fall back to the locale's default.
            return Optional.empty();
        }
    }

    @Override
    public void savePaperSize(PaperSize paper) {
        node.put(PAPER, paper.name());
        flush();
    }

    @Override
    public boolean showDelivered() {
        return node.getBoolean(DELIVERED, false);
    }

    @Override
    public void saveShowDelivered(boolean show) {
        node.putBoolean(DELIVERED, show);
        flush();
    }

    @Override
    public boolean showFitMarks() {
        return node.getBoolean(FIT_MARKS, true);
    }

    @Override
    public void saveShowFitMarks(boolean show) {
        node.putBoolean(FIT_MARKS, show);
        flush();
    }

    @Override
    public Optional<CrosshairMode> crosshairs() {
        String mode = node.get(CROSSHAIRS, "");
        return Arrays.stream(CrosshairMode.values()).filter(m -> m.name().equals(mode)).findFirst();
    }

    @Override
    public void saveCrosshairs(CrosshairMode mode) {
        node.put(CROSSHAIRS, mode.name());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Losing the window position is harmless: it goes to the log without stopping the user.
            LOG.log(System.Logger.Level.WARNING, "cannot store window settings", e);
        }
    }

    @Override
    public Optional<double[]> dividers(String split) {
        String saved = node.get(DIVIDERS + split, "");
        if (saved.isBlank()) {
            return Optional.empty();
        }
        try {
            double[] positions = Arrays.stream(saved.split(",")).mapToDouble(Double::parseDouble).toArray();
            return Arrays.stream(positions).allMatch(p -> p >= 0 && p <= 1) ? Optional.of(positions) : Optional.empty();
        } catch (NumberFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring the saved dividers of " + split + ": " + saved);
            return Optional.empty();
        }
    }

    @Override
    public void saveDividers(String split, double[] positions) {
        node.put(DIVIDERS + split, String.join(",", Arrays.stream(positions).mapToObj(Double::toString).toList()));
        flush();
    }

    /** One key per entry ("recent.0" newest), as a preference value may hold at most 8 KB. */
    @Override
    public List<String> recentWorkspaces() {
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < RECENT_LIMIT; i++) {
            String entry = node.get(RECENT + i, "");
            if (!entry.isBlank()) {
                recent.add(entry);
            }
        }
        return recent;
    }

    @Override
    public void saveRecentWorkspaces(List<String> workspaces) {
        for (int i = 0; i < RECENT_LIMIT; i++) {
            if (i < workspaces.size() && workspaces.get(i).length() <= Preferences.MAX_VALUE_LENGTH) {
                node.put(RECENT + i, workspaces.get(i));
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }
}
