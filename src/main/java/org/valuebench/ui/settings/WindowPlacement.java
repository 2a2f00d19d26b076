package org.valuebench.ui.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the remembered bounds, kept inside the visible area of the screens there are now. A
 * window saved at 1920×1080 and reopened on a 1280×720 projector would otherwise hang its status bar and the
 * Details pane off the screen. Pure, so a test can give it any screens.
 */
public final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;

    private WindowPlacement() {
    }

    /**
     * @param saved   the bounds the window had when it last closed, if any
     * @param screens the visual bounds of every screen, the primary one first
     * @return bounds that lie wholly on one screen: the one the saved window overlapped most, else the primary
     */
    public static WindowBounds place(Optional<WindowBounds> saved, List<Rectangle2D> screens) {
        Rectangle2D primary = screens.isEmpty() ? new Rectangle2D(0, 0, DEFAULT_WIDTH, DEFAULT_HEIGHT) : screens.get(0);
        if (saved.isEmpty()) {
            double width = Math.min(DEFAULT_WIDTH, primary.getWidth());
            double height = Math.min(DEFAULT_HEIGHT, primary.getHeight());
            return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2,
                    primary.getMinY() + (primary.getHeight() - height) / 2, width, height, false);
        }
        WindowBounds b = saved.get();
        Rectangle2D screen = screens.stream()
                .filter(s -> overlap(s, b) > 0)
                .max(Comparator.comparingDouble(s -> overlap(s, b)))
                .orElse(primary);
        double width = Math.min(b.width(), screen.getWidth());
        double height = Math.min(b.height(), screen.getHeight());
        double x = clamp(b.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(b.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, b.maximized());
    }

    private static double overlap(Rectangle2D screen, WindowBounds b) {
        double w = Math.min(screen.getMaxX(), b.x() + b.width()) - Math.max(screen.getMinX(), b.x());
        double h = Math.min(screen.getMaxY(), b.y() + b.height()) - Math.max(screen.getMinY(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
