package org.valuebench.app;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.valuebench.store.StoreException;
import org.valuebench.store.Workspace;

/**
 * What the window remembers in the workspace itself, so that each workspace opens as it was left: the canvas
 * shown and the board's zoom. These are details: storing one never waits for another program's write and is
 * simply left out on a read-only workspace. On a team workspace each user has their own.
 */
public final class WindowMemory {
    private static final String LAST_CANVAS = "ui.lastCanvas";
    private static final String BOARD_ZOOM = "ui.boardZoom";

    private final Workspace workspace;

    WindowMemory(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The canvas shown when the window was last closed, if it still exists. */
    public Optional<Long> lastCanvas() {
        return read(() -> workspace.settings().get(mine(LAST_CANVAS))
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .filter(id -> workspace.canvases().find(id).isPresent()));
    }

    /**
     * Stores the canvas to show next time, unless another program is writing to the file right now: switching
     * canvases must not wait for someone else's import for the sake of a detail. False when it was left out.
     */
    public boolean rememberLastCanvas(long canvasId) {
        return rememberIfFree(LAST_CANVAS, Long.toString(canvasId));
    }

    /** The board's zoom level when this workspace was last shown (1 is actual size), if one was stored. */
    public Optional<Double> boardZoom() {
        return read(() -> workspace.settings().get(mine(BOARD_ZOOM))
                .filter(v -> v.matches("\\d{1,2}(\\.\\d{1,4})?"))
                .map(Double::parseDouble));
    }

    /** Stores the board's zoom level, on the terms of {@link #rememberLastCanvas(long)}. */
    public boolean rememberBoardZoom(double scale) {
        return rememberIfFree(BOARD_ZOOM, String.format(Locale.ROOT, "%.2f", scale));
    }

    private boolean rememberIfFree(String key, String value) {
        if (workspace.readOnlyReason().isPresent()) {
            return false;
        }
        return read(() -> workspace.transactionIfFree(c -> {
            workspace.settings().put(mine(key), value);
            return Boolean.TRUE;
        }).isPresent());
    }

    /** The key under which this user's value is kept: a colleague's window remembers its own canvas and zoom. */
    private String mine(String key) {
        return workspace.user().map(user -> key + "@" + user).orElse(key);
    }

    private static <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }
}
