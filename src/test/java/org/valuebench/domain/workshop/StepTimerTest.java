package org.valuebench.domain.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StepTimerTest {
    private static final Instant T0 = Instant.parse("2026-05-06T09:00:00Z");

    @Test
    void aPausedTimerDoesNotMoveAndARunningOneCountsDown() {
        StepTimer paused = StepTimer.paused(600, 0);
        assertThat(paused.remainingSeconds(T0.plusSeconds(3600))).isEqualTo(600);

        StepTimer running = paused.started(T0);
        assertThat(running.isRunning()).isTrue();
        assertThat(running.remainingSeconds(T0.plusSeconds(90))).isEqualTo(510);
        assertThat(running.text(T0.plusSeconds(90))).isEqualTo("8:30");

        StepTimer pausedAgain = running.paused(T0.plusSeconds(90));
        assertThat(pausedAgain.elapsedSeconds(T0.plusSeconds(5000))).isEqualTo(90);
    }

    @Test
    void atZeroItKeepsCountingOvertimeAndSaysSo() {
        StepTimer running = StepTimer.paused(60, 0).started(T0);

        assertThat(running.isOvertime(T0.plusSeconds(59))).isFalse();
        assertThat(running.isOvertime(T0.plusSeconds(60))).isTrue();
        assertThat(running.overtimeSeconds(T0.plusSeconds(75))).isEqualTo(15);
        assertThat(running.remainingSeconds(T0.plusSeconds(75))).isEqualTo(-15);
        assertThat(running.text(T0.plusSeconds(75))).isEqualTo("+0:15 over");
    }

    @Test
    void plusAndMinusAMinuteMoveTheTimeBoxNotThePlanAndResetStartsAfresh() {
        StepTimer timer = StepTimer.paused(120, 30).plusMinute();
        assertThat(timer.remainingSeconds(T0)).isEqualTo(150);
        assertThat(timer.plannedSeconds()).isEqualTo(120);

        StepTimer less = StepTimer.paused(120, 0).minusMinute().minusMinute().minusMinute();
        assertThat(less.remainingSeconds(T0)).isZero();

        StepTimer reset = timer.started(T0).reset();
        assertThat(reset.isRunning()).isFalse();
        assertThat(reset.remainingSeconds(T0.plusSeconds(10))).isEqualTo(120);
    }
}
