package org.valuebench.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.exchange.PaperSize;

/** Window settings that live only as long as this object, for tests and throw-away windows. */
public final class InMemoryWindowSettings implements WindowSettings {
    private WindowBounds bounds;
    private boolean dark;
    private List<String> recent = List.of();
    private Path exchangeFolder;
    private PaperSize paper;
    private boolean delivered;
    private boolean fitMarks = true;
    private CrosshairMode crosshairs;
    private final java.util.Map<String, double[]> dividers = new java.util.HashMap<>();

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

    @Override
    public Optional<Path> exchangeFolder() {
        return Optional.ofNullable(exchangeFolder);
    }

    @Override
    public void saveExchangeFolder(Path folder) {
        this.exchangeFolder = folder;
    }

    @Override
    public Optional<PaperSize> paperSize() {
        return Optional.ofNullable(paper);
    }

    @Override
    public void savePaperSize(PaperSize newPaper) {
        this.paper = newPaper;
    }

    @Override
    public boolean showDelivered() {
        return delivered;
    }

    @Override
    public void saveShowDelivered(boolean show) {
        this.delivered = show;
    }

    @Override
    public boolean showFitMarks() {
        return fitMarks;
    }

    @Override
    public void saveShowFitMarks(boolean show) {
        this.fitMarks = show;
    }

    @Override
    public Optional<CrosshairMode> crosshairs() {
        return Optional.ofNullable(crosshairs);
    }

    @Override
    public void saveCrosshairs(CrosshairMode mode) {
        this.crosshairs = mode;
    }

    @Override
    public Optional<double[]> dividers(String split) {
        return Optional.ofNullable(dividers.get(split)).map(double[]::clone);
    }

    @Override
    public void saveDividers(String split, double[] positions) {
        dividers.put(split, positions.clone());
    }

    @Override
    public List<String> recentWorkspaces() {
        return recent;
    }

    @Override
    public void saveRecentWorkspaces(List<String> workspaces) {
        recent = List.copyOf(workspaces);
    }
}
