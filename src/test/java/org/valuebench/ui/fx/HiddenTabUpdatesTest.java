package org.valuebench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

/** A hidden tab's view updates, with the frames driven by hand instead of the JavaFX pulse. */
class HiddenTabUpdatesTest {
    private final List<String> log = new ArrayList<>();
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty(true);
    private final FrameUpdateQueue frames = new FrameUpdateQueue(() -> { }, () -> { });
    private final HiddenTabUpdates updates = new HiddenTabUpdates(shown, frames);

    private void frames(int count) {
        for (int i = 0; i < count; i++) {
            frames.frame();
        }
    }

    @Test
    void runsAtOnceWhileShownAndEachPartInAFrameOfItsOwnWhileHidden() {
        updates.run("grid", () -> log.add("grid"));
        assertThat(log).containsExactly("grid");
        assertThat(frames.isIdle()).isTrue();

        shown.set(false);
        updates.run("actions", () -> log.add("actions 1"));
        updates.run("links", () -> log.add("links"));
        updates.run("actions", () -> log.add("actions 2"));
        assertThat(log).containsExactly("grid");
        frames(2); // the first frame is left to the change that led here
        assertThat(log).containsExactly("grid", "actions 2");
        frames(1);
        assertThat(log).containsExactly("grid", "actions 2", "links");
        assertThat(frames.isIdle()).isTrue();
    }

    @Test
    void showingTheTabRunsWhatWaitsAtOnceAndItsFramesThenFindNothing() {
        shown.set(false);
        updates.run("actions", () -> log.add("actions"));
        updates.run("links", () -> log.add("links"));
        shown.set(true);
        assertThat(log).containsExactly("actions", "links");
        frames(3);
        assertThat(log).containsExactly("actions", "links");
        assertThat(frames.isIdle()).isTrue();
    }
}
