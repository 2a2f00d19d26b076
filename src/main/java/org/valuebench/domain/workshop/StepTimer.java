package org.valuebench.domain.workshop;

import java.time.Duration;
import java.time.Instant;

/**
 * A step's countdown, worked out against the time the caller reads from its clock. It counts down the time box
 * (the plan plus the minutes added or taken), goes on into overtime at zero and never moves to another step by
 * itself. {@code elapsedSeconds} is what ran before {@code runningSince}; null there means paused.
 */
public record StepTimer(int plannedSeconds, int elapsedSeconds, int extraSeconds, Instant runningSince) {

    public static StepTimer paused(int plannedSeconds, int elapsedSeconds) {
        return new StepTimer(plannedSeconds, elapsedSeconds, 0, null);
    }

    public boolean isRunning() {
        return runningSince != null;
    }

    public int elapsedSeconds(Instant now) {
        if (runningSince == null) {
            return elapsedSeconds;
        }
        long running = Math.max(0, Duration.between(runningSince, now).toSeconds());
        return (int) Math.min(Integer.MAX_VALUE, elapsedSeconds + running);
    }

    /** The time box now: the plan with the minutes added or taken, never below zero. */
    public int boxSeconds() {
        return Math.max(0, plannedSeconds + extraSeconds);
    }

    /** Seconds left; negative in overtime. */
    public int remainingSeconds(Instant now) {
        return boxSeconds() - elapsedSeconds(now);
    }

    public boolean isOvertime(Instant now) {
        return remainingSeconds(now) <= 0 && boxSeconds() >= 0 && elapsedSeconds(now) > 0;
    }

    public int overtimeSeconds(Instant now) {
        return Math.max(0, -remainingSeconds(now));
    }

    /** "8:30" left, or "+0:15 over". */
    public String text(Instant now) {
        int remaining = remainingSeconds(now);
        return remaining >= 0 ? clock(remaining) : "+" + clock(-remaining) + " over";
    }

    static String clock(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    public StepTimer started(Instant now) {
        return isRunning() ? this : new StepTimer(plannedSeconds, elapsedSeconds, extraSeconds, now);
    }

    public StepTimer paused(Instant now) {
        return isRunning() ? new StepTimer(plannedSeconds, elapsedSeconds(now), extraSeconds, null) : this;
    }

    public StepTimer plusMinute() {
        return new StepTimer(plannedSeconds, elapsedSeconds, extraSeconds + 60, runningSince);
    }

    /** A minute less, but the box never goes below nothing. */
    public StepTimer minusMinute() {
        return new StepTimer(plannedSeconds, elapsedSeconds, Math.max(-plannedSeconds, extraSeconds - 60),
                runningSince);
    }

    /** Back to the full plan, paused. */
    public StepTimer reset() {
        return new StepTimer(plannedSeconds, 0, 0, null);
    }
}
