package org.valuebench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gap view's screen updates, one per frame, driven here by hand instead of the JavaFX pulse. */
class FrameUpdateQueueTest {
    private final List<String> log = new ArrayList<>();
    private final FrameUpdateQueue queue = new FrameUpdateQueue(() -> log.add("start"), () -> log.add("stop"));

    @Test
    void leavesTheFirstFrameToTheChangeThatLedThereThenRunsOneUpdatePerFrameInOrder() {
        queue.submit("summary", () -> log.add("summary"));
        queue.submit("chart", () -> log.add("chart"));
        assertThat(log).containsExactly("start");
        assertThat(queue.isIdle()).isFalse();

        queue.frame();
        assertThat(log).containsExactly("start");
        queue.frame();
        assertThat(log).containsExactly("start", "summary");
        queue.frame();
        assertThat(log).containsExactly("start", "summary", "chart", "stop");
        assertThat(queue.isIdle()).isTrue();
    }

    @Test
    void anUpdateUnderAWaitingKeyReplacesItInItsPlace() {
        queue.submit("summary", () -> log.add("summary 1"));
        queue.submit("chart", () -> log.add("chart 1"));
        queue.submit("summary", () -> log.add("summary 2"));
        queue.submit("chart", () -> log.add("chart 2"));

        for (int i = 0; i < 3; i++) {
            queue.frame();
        }
        assertThat(log).containsExactly("start", "summary 2", "chart 2", "stop");
    }

    @Test
    void anUpdateSubmittedLastReplacesAWaitingOneBehindTheOthers() {
        queue.submit("summary", () -> log.add("summary 1"));
        queue.submitLast("records", () -> log.add("records 1"));
        queue.submit("chart", () -> log.add("chart 1"));
        queue.submitLast("records", () -> log.add("records 2"));

        for (int i = 0; i < 4; i++) {
            queue.frame();
        }
        assertThat(log).containsExactly("start", "summary 1", "chart 1", "records 2", "stop");
    }

    @Test
    void anUpdateThatSubmitsAnotherGetsItsOwnLaterFrame() {
        queue.submit("chart", () -> {
            log.add("chart");
            queue.submit("summary", () -> log.add("summary"));
        });
        queue.frame();
        queue.frame();
        assertThat(log).containsExactly("start", "chart", "start");
        queue.frame();
        assertThat(log).containsExactly("start", "chart", "start");
        queue.frame();
        assertThat(log).containsExactly("start", "chart", "start", "summary", "stop");
    }

    @Test
    void anUpdateSubmittedFirstRunsAheadOfThoseWaitingAndCanKeepItsPlaceFrameAfterFrame() {
        queue.submit("summary", () -> log.add("summary"));
        queue.submit("chart", () -> log.add("chart"));
        int[] lines = {0};
        Runnable[] open = new Runnable[1];
        open[0] = () -> {
            log.add("line " + ++lines[0]);
            if (lines[0] < 2) {
                queue.submitFirst("ranking", open[0]);
            }
        };
        queue.submitFirst("ranking", open[0]);

        for (int i = 0; i < 5; i++) {
            queue.frame();
        }
        assertThat(log).containsExactly("start", "line 1", "line 2", "summary", "chart", "stop");
    }

    @Test
    void theImmediateQueueRunsEachUpdateAtOnce() {
        FrameUpdateQueue immediate = FrameUpdateQueue.immediate();
        immediate.submit("chart", () -> log.add("chart"));
        assertThat(log).containsExactly("chart");
        assertThat(immediate.isIdle()).isTrue();
    }
}
