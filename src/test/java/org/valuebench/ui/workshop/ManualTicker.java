package org.valuebench.ui.workshop;

/** A ticker the test moves by hand: {@link #tick()} is one second of the console's clock. */
final class ManualTicker implements WorkshopTicker {
    private Runnable onTick;

    @Override
    public void start(Runnable tick) {
        onTick = tick;
    }

    @Override
    public void stop() {
        onTick = null;
    }

    boolean running() {
        return onTick != null;
    }

    void tick() {
        if (onTick != null) {
            onTick.run();
        }
    }
}
