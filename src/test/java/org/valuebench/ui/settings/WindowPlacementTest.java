package org.valuebench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens, given what was saved and the screens there are now. */
class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);

    @Test
    void aWindowSavedOnALargerScreenIsClampedToTheVisibleArea() {
        WindowBounds placed = WindowPlacement.place(Optional.of(new WindowBounds(0, 0, 1920, 1080, false)),
                List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1280, 720, false));
    }

    @Test
    void aWindowThatWouldRunOffTheScreenIsMovedBackOntoIt() {
        WindowBounds placed = WindowPlacement.place(Optional.of(new WindowBounds(600, 300, 1000, 700, false)),
                List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new WindowBounds(280, 20, 1000, 700, false));
    }

    @Test
    void aWindowOffEveryScreenComesBackOnThePrimaryOne() {
        WindowBounds placed = WindowPlacement.place(Optional.of(new WindowBounds(3000, 2000, 1920, 1080, true)),
                List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1280, 720, true));
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rectangle2D second = new Rectangle2D(1280, 0, 1920, 1080);
        WindowBounds saved = new WindowBounds(1400, 100, 1200, 800, false);
        assertThat(WindowPlacement.place(Optional.of(saved), List.of(PROJECTOR, second))).isEqualTo(saved);
    }

    @Test
    void withNothingSavedTheDefaultSizeIsCentredAndFitsTheScreen() {
        WindowBounds placed = WindowPlacement.place(Optional.empty(), List.of(PROJECTOR));
        assertThat(placed).isEqualTo(new WindowBounds(0, 0, 1280, 720, false));
        WindowBounds large = WindowPlacement.place(Optional.empty(), List.of(new Rectangle2D(0, 0, 1920, 1080)));
        assertThat(large).isEqualTo(new WindowBounds(280, 110, 1360, 860, false));
    }
}
