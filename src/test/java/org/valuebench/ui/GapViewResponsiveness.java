package org.valuebench.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.app.Workbench;
import org.valuebench.app.WorkspaceLocation;
import org.valuebench.domain.Voice;

/**
 * Drives the real window on a workspace and measures how long the JavaFX thread is ever kept from its work
 * while the gap view shows the canvas: the longest gap between two pulses (an AnimationTimer keeps a pulse
 * going every frame) and the longest wait of a {@code Platform.runLater} tick posted every 5 ms. Used by
 * {@code bench.GapViewResponsivenessBenchmark}; not a test.
 */
public final class GapViewResponsiveness {
    private final AtomicLong lastPulse = new AtomicLong();
    private final AtomicLong longestPulseGap = new AtomicLong();
    private final AtomicLong longestTickWait = new AtomicLong();
    private final AtomicLong pulses = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    private ValueBenchWindow window;
    private DatabaseThread database;

    /** The figures of one phase, in milliseconds. */
    public record Phase(String name, double longestPulseGapMs, double longestTickWaitMs, long pulses, long ticks,
                        double elapsedMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-46s longest pulse gap %6.1f ms, longest runLater wait %6.1f ms"
                    + " (%d pulses, %d ticks, %.0f ms)", name, longestPulseGapMs, longestTickWaitMs, pulses, ticks,
                    elapsedMs);
        }
    }

    /** Starts JavaFX (headless Monocle unless a display is asked for), opens the window on {@code db}. */
    public static GapViewResponsiveness open(Path db) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        GapViewResponsiveness run = new GapViewResponsiveness();
        run.database = new DatabaseThread(Platform::runLater);
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(run.database,
                location -> Workbench.open(location.file(), true, Clock.systemDefaultZone()), FxDialogs::new,
                new InMemoryWindowSettings(), Clock.systemDefaultZone(), new ExportThread(Platform::runLater),
                new DesktopFiles() {
                    @Override
                    public void open(Path file) {
                    }

                    @Override
                    public void showInFolder(Path file) {
                    }
                }, java.util.Locale.getDefault());
        CompletableFuture<ValueBenchWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(ValueBenchWindow.show(new Stage(), deps,
                new WorkspaceLocation(db, false))));
        run.window = shown.get(30, TimeUnit.SECONDS);
        run.waitUntil(() -> run.database.isIdle() && run.window.isBuilt());
        run.startHeartbeat();
        return run;
    }

    private void startHeartbeat() {
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long last = lastPulse.getAndSet(t);
                if (last != 0 && t - last > 40_000_000L && Boolean.getBoolean("bench.trace")) {
                    System.err.printf("TIMING pulse gap %.1f ms%n", (t - last) / 1e6);
                }
                if (last != 0) {
                    longestPulseGap.accumulateAndGet(t - last, Math::max);
                }
                pulses.incrementAndGet();
            }
        }.start());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "runLater-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                longestTickWait.accumulateAndGet(System.nanoTime() - posted, Math::max);
                ticks.incrementAndGet();
            });
        }, 5, 5, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code step} on the JavaFX thread, waits for the database thread and the screen, and measures. */
    public Phase phase(String name, Consumer<GapViewModel> step) throws Exception {
        fx(() -> {
        });
        Thread.sleep(100);
        lastPulse.set(0);
        longestPulseGap.set(0);
        longestTickWait.set(0);
        pulses.set(0);
        ticks.set(0);
        long start = System.nanoTime();
        fx(() -> step.accept(window.gaps().gaps()));
        waitUntil(() -> database.isIdle() && !window.gaps().gaps().loadingProperty().get());
        double elapsed = (System.nanoTime() - start) / 1e6;
        Thread.sleep(150); // let the charts lay out and paint
        return new Phase(name, longestPulseGap.get() / 1e6, longestTickWait.get() / 1e6, pulses.get(), ticks.get(),
                elapsed);
    }

    /** The phases the benchmark runs: switching to the gap view, then every filter, the drill-down and paging. */
    public List<Phase> runAll() throws Exception {
        List<Phase> phases = new ArrayList<>();
        phases.add(phase("switch to the Gaps tab", g -> {
            TabPane tabs = (TabPane) window.stage().getScene().lookup("#mainTabs");
            tabs.getTabs().stream().filter(t -> "gapsTab".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }));
        phases.add(phase("segment = Regulars", g -> g.segmentProperty().set("Regulars")));
        phases.add(phase("channel = survey", g -> g.channelProperty().set("survey")));
        phases.add(phase("voice = employee", g -> g.voiceProperty().set(Voice.EMPLOYEE)));
        phases.add(phase("voice = customer", g -> g.voiceProperty().set(Voice.CUSTOMER)));
        phases.add(phase("date range 2023-03-01..2023-09-30", g -> {
            g.sinceProperty().set(java.time.LocalDate.of(2023, 3, 1));
            g.untilProperty().set(java.time.LocalDate.of(2023, 9, 30));
        }));
        phases.add(phase("crosshairs = data means", g -> g.crosshairsProperty().set(CrosshairMode.DATA_MEANS)));
        phases.add(phase("clear the filter", GapViewModel::clearFilter));
        phases.add(phase("ten filter changes at once (latest wins)", g -> {
            for (int i = 0; i < 10; i++) {
                g.segmentProperty().set(i % 2 == 0 ? "Students" : "Families");
            }
        }));
        phases.add(phase("drill-down: all records, not only comments", g -> g.onlyWithCommentsProperty().set(false)));
        phases.add(phase("drill-down: next page", GapViewModel::nextPage));
        phases.add(phase("drill-down: next page again", GapViewModel::nextPage));
        phases.add(phase("select the last promise", g -> g.selectPromise(g.rows().get(g.rows().size() - 1)
                .promiseId())));
        phases.add(phase("drill-down: all voices", g -> g.drillVoiceProperty().set(null)));
        return phases;
    }

    public long records() throws Exception {
        return window.gaps().gaps().reportProperty().get().facets().records();
    }

    public void close() throws Exception {
        fx(window::close);
        Platform.exit();
    }

    private static void fx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            CompletableFuture<Boolean> check = new CompletableFuture<>();
            Platform.runLater(() -> check.complete(condition.getAsBoolean()));
            if (check.get(60, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not settle within 120 s");
            }
            Thread.sleep(20);
        }
    }
}
