package org.valuebench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The marker that keeps the frames after a change from repainting the whole window, driven here by hand. */
class SmallRepaintsTest {
    private final List<String> log = new ArrayList<>();
    private final SmallRepaints repaints = new SmallRepaints(() -> log.add("start"), () -> log.add("stop"));

    @Test
    void aPokeChangesTheMarkerInEachOfTheNextFramesThenStops() {
        repaints.poke();
        assertThat(log).containsExactly("start");

        Set<Double> seen = new HashSet<>();
        double before = repaints.marker().getOpacity();
        for (int i = 0; i < SmallRepaints.FRAMES; i++) {
            assertThat(repaints.isActive()).isTrue();
            repaints.frame();
            double now = repaints.marker().getOpacity();
            assertThat(now).as("frame %d changes the marker", i).isNotEqualTo(before);
            seen.add(now);
            before = now;
        }
        assertThat(log).containsExactly("start", "stop");
        assertThat(repaints.isActive()).isFalse();
        assertThat(seen).allMatch(opacity -> opacity < 0.05);

        repaints.frame();
        assertThat(repaints.marker().getOpacity()).isEqualTo(before);
    }

    @Test
    void aPokeWhileActiveStartsTheCountAgainWithoutStartingTwice() {
        repaints.poke();
        repaints.frame();
        repaints.frame();
        repaints.poke();
        for (int i = 0; i < SmallRepaints.FRAMES - 1; i++) {
            repaints.frame();
        }
        assertThat(repaints.isActive()).isTrue();
        repaints.frame();
        assertThat(repaints.isActive()).isFalse();
        assertThat(log).containsExactly("start", "stop");
    }

    @Test
    void theMarkerTakesNoRoomAndNoInput() {
        assertThat(repaints.marker().isManaged()).isFalse();
        assertThat(repaints.marker().isMouseTransparent()).isTrue();
        assertThat(repaints.marker().isFocusTraversable()).isFalse();
        assertThat(repaints.marker().getLayoutBounds().getWidth()).isEqualTo(1.0);
    }
}
