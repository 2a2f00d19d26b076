package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker the test ticks by hand. */
public final class ManualTicker implements Ticker {
    private final List<Runnable> ticks = new ArrayList<>();

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        ticks.add(tick);
        return () -> ticks.remove(tick);
    }

    public void tick() {
        List.copyOf(ticks).forEach(Runnable::run);
    }

    public int running() {
        return ticks.size();
    }
}
