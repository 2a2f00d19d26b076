package org.valuebench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.valuebench.app.Workbenches;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Voice;
import org.valuebench.ui.exchange.DesktopFiles;
import org.valuebench.ui.gaps.GapViewModel;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;

/**
 * Drives the real window on a workspace and measures how long the JavaFX thread is ever kept from its work
 * while the gap view shows the canvas: the longest gap between two pulses (an AnimationTimer keeps a pulse
 * going every frame, so a pulse's own styling, layout and wait for the previous frame's drawing count) and the
 * longest wait of a {@code Platform.runLater} tick posted every 5 ms. A step is measured from the moment it is
 * made until the database thread is idle, no query is loading, and 150 ms more have passed. Measuring starts
 * once start-up has finished drawing. Beside the two
 * waits it records the most CPU time the JavaFX thread used from one pulse to the next: the work of one frame,
 * which, unlike the waits, does not grow when the machine runs something else. Used by
 * {@code bench.GapViewResponsivenessBenchmark}; not a test.
 */
public final class GapViewResponsiveness {
    private final AtomicLong lastPulse = new AtomicLong();
    private final AtomicLong longestPulseGap = new AtomicLong();
    private final AtomicLong longestTickWait = new AtomicLong();
    private final AtomicLong longestFrameCpu = new AtomicLong();
    private long lastPulseCpu;
    private volatile long fxTask = -1;
    private final GcPauses gcPauses = new GcPauses();
    private long measuringSince;
    // Written and read on the JavaFX thread only.
    private ThreadSchedule.Times lastPulseSchedule = ThreadSchedule.Times.NONE;
    private long worstPulseGap;
    private long worstPulseFrom;
    private double worstPulseFxWaitMs;
    private double worstPulseStolenMs;
    private double lastPulseStolen;
    private long worstTickWait;
    private long worstTickFrom;
    private double worstTickFxWaitMs;
    private double worstTickPostMs;
    private double worstTickStolenMs;
    private final AtomicLong pulses = new AtomicLong();
    private final AtomicLong ticks = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** How long a step waits after the view settled, for the charts to lay out and paint. */
    public static final long SETTLE_MS = 150;
    /** How the names of the steps that open a canvas end. */
    static final String OPENS_CANVAS = " (Canvas tab)";
    private volatile Thread fxThread;
    private ValueBenchWindow window;
    private DatabaseThread database;

    /**
     * The figures of one phase, in milliseconds. Where Linux tells ({@link ThreadSchedule}), also how long the
     * JavaFX thread waited for a core within the longest pulse gap and the longest runLater wait, and per kind of
     * thread the time it ran and waited for a core during the step, and the time the host took from the machine's
     * cores ({@link HostSteal}).
     */
    public record Phase(String name, double longestPulseGapMs, double longestTickWaitMs, long pulses, long ticks,
                        double elapsedMs, double fxCpuMs, double longestFrameCpuMs, Held pulseHeld, Held tickHeld,
                        Map<String, ThreadSchedule.Times> threads, double stolenMs) {
        /** True for a step that opens a canvas while the Canvas tab is shown. */
        public boolean opensCanvas() {
            return name.endsWith(OPENS_CANVAS);
        }

        /** The longest the JavaFX thread was kept from its work: the larger of the two measures. */
        public double blockMs() {
            return Math.max(longestPulseGapMs, longestTickWaitMs);
        }

        /** What held the JavaFX thread in the longer of the longest pulse gap and the longest runLater wait. */
        public Held worstHeld() {
            return longestPulseGapMs >= longestTickWaitMs ? pulseHeld : tickHeld;
        }

        /** CPU time the JIT compilers used during the step. */
        public double jitCpuMs() {
            return threads.getOrDefault(ThreadSchedule.JIT, ThreadSchedule.Times.NONE).runNanos() / 1e6;
        }

        @Override
        public String toString() {
            StringBuilder perKind = new StringBuilder();
            threads.forEach((kind, t) -> perKind.append(String.format(Locale.ROOT, " %s %.0f/%.0f", kind,
                    t.runNanos() / 1e6, t.waitNanos() / 1e6)));
            return String.format(Locale.ROOT, "%-46s longest pulse gap %6.1f ms, longest runLater wait %6.1f ms,"
                    + " most JavaFX thread CPU in one frame %5.1f ms (%d pulses, %d ticks, %.0f ms, JavaFX thread CPU"
                    + " %.0f ms)%n      of that pulse gap: %s; of that wait: %s (posting the tick took %.1f ms)%n"
                    + "      ran/waited for a core over the step, ms:%s; taken by the host %.0f ms", name,
                    longestPulseGapMs, longestTickWaitMs, longestFrameCpuMs, pulses, ticks, elapsedMs, fxCpuMs,
                    pulseHeld, tickHeld, tickHeld.postingMs(), perKind, stolenMs);
        }
    }

    /**
     * What held the JavaFX thread during its longest pulse gap or runLater wait: time it was ready but waited for
     * a core, time the garbage collector paused every thread, (for a tick) how long posting it took, and the CPU
     * time the host took from the machine's cores meanwhile ({@link HostSteal}, all cores, 10 ms steps).
     */
    public record Held(double waitedForCoreMs, double gcPausedMs, double postingMs, double hostTookMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "JavaFX thread waited for a core %.1f ms, GC paused %.1f ms, the host"
                    + " took %.0f ms of the cores", waitedForCoreMs, gcPausedMs, hostTookMs);
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
                (location, upgrading) -> Workbenches.open(location.file(), true, Clock.systemDefaultZone(), upgrading),
                FxDialogs::new,
                new InMemoryWindowSettings(), Clock.systemDefaultZone(), new ExportThread(Platform::runLater),
                new DesktopFiles() {
                    @Override
                    public void open(Path file) {
                    }

                    @Override
                    public void showInFolder(Path file) {
                    }
                }, java.util.Locale.getDefault(), db.resolveSibling("logs"));
        CompletableFuture<ValueBenchWindow> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            ValueBenchWindow window = ValueBenchWindow.show(new Stage(), deps, new WorkspaceLocation(db, false));
            window.buildViewsAhead(); // as the app's composition root does
            shown.complete(window);
        });
        run.window = shown.get(30, TimeUnit.SECONDS);
        run.waitUntil(() -> run.database.isIdle() && run.window.isBuilt());
        run.startHeartbeat();
        run.waitForQuietFrames();
        return run;
    }

    /**
     * Waits until start-up has finished drawing: half a second of frames none more than 25 ms apart (at most
     * 30 s). Measuring before that would charge the first step with the window's own first layout and paint.
     */
    private void waitForQuietFrames() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            longestPulseGap.set(0);
            lastPulse.set(0);
            Thread.sleep(500);
        } while (longestPulseGap.get() > 25_000_000L && System.nanoTime() < deadline);
    }

    /** CPU time the JavaFX thread has used so far: the work it did, whatever else runs on the machine. */
    private long fxCpuNanos() {
        return fxThread == null ? 0 : THREADS.getThreadCpuTime(fxThread.getId());
    }

    private void startHeartbeat() {
        Platform.runLater(() -> {
            fxThread = Thread.currentThread();
            fxTask = ThreadSchedule.currentTaskId();
        });
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime();
                if (lastPulseCpu != 0) {
                    longestFrameCpu.accumulateAndGet(cpu - lastPulseCpu, Math::max);
                }
                lastPulseCpu = cpu;
                long last = lastPulse.getAndSet(t);
                if (last != 0 && t - last > 40_000_000L && Boolean.getBoolean("bench.trace")) {
                    System.err.printf("TIMING pulse gap %.1f ms%n", (t - last) / 1e6);
                }
                ThreadSchedule.Times schedule = ThreadSchedule.of(fxTask);
                double stolen = HostSteal.soFarMs();
                if (last != 0) {
                    longestPulseGap.accumulateAndGet(t - last, Math::max);
                    if (t - last > worstPulseGap) {
                        worstPulseGap = t - last;
                        worstPulseFrom = last;
                        worstPulseFxWaitMs = (schedule.waitNanos() - lastPulseSchedule.waitNanos()) / 1e6;
                        worstPulseStolenMs = stolen - lastPulseStolen;
                    }
                }
                lastPulseSchedule = schedule;
                lastPulseStolen = stolen;
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
            long fxWaitBefore = ThreadSchedule.of(fxTask).waitNanos();
            double stolenBefore = HostSteal.soFarMs();
            AtomicLong postedBy = new AtomicLong();
            Platform.runLater(() -> {
                long ran = System.nanoTime();
                long wait = ran - posted;
                longestTickWait.accumulateAndGet(wait, Math::max);
                if (wait > worstTickWait) {
                    worstTickWait = wait;
                    worstTickFrom = posted;
                    worstTickFxWaitMs = (ThreadSchedule.of(fxTask).waitNanos() - fxWaitBefore) / 1e6;
                    long returned = postedBy.get();
                    worstTickPostMs = ((returned == 0 ? ran : returned) - posted) / 1e6;
                    worstTickStolenMs = HostSteal.soFarMs() - stolenBefore;
                }
                ticks.incrementAndGet();
            });
            postedBy.set(System.nanoTime());
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
        fx(() -> {
            lastPulseCpu = 0;
            longestFrameCpu.set(0);
            worstPulseGap = 0;
            worstPulseFxWaitMs = 0;
            worstPulseStolenMs = 0;
            worstTickWait = 0;
            worstTickFxWaitMs = 0;
            worstTickPostMs = 0;
            worstTickStolenMs = 0;
        });
        ThreadSchedule.Snapshot threadsBefore = ThreadSchedule.snapshot();
        double stolenBefore = HostSteal.soFarMs();
        pulses.set(0);
        ticks.set(0);
        long start = System.nanoTime();
        long cpuStart = fxCpuNanos();
        if (Boolean.getBoolean("bench.trace")) {
            System.err.println("TIMING step: " + name + " at JVM uptime "
                    + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
        }
        fx(() -> step.accept(window.gaps().gaps()));
        waitUntil(() -> database.isIdle() && !window.gaps().gaps().loadingProperty().get());
        double elapsed = (System.nanoTime() - start) / 1e6;
        Thread.sleep(SETTLE_MS); // let the charts lay out and paint
        Map<String, ThreadSchedule.Times> threads = ThreadSchedule.byKindSince(threadsBefore);
        double stolen = HostSteal.soFarMs() - stolenBefore;
        Held[] held = new Held[2];
        fx(() -> {
            held[0] = new Held(worstPulseFxWaitMs,
                    gcPauses.pausedMs(worstPulseFrom, worstPulseFrom + worstPulseGap), 0, worstPulseStolenMs);
            held[1] = new Held(worstTickFxWaitMs, gcPauses.pausedMs(worstTickFrom, worstTickFrom + worstTickWait),
                    worstTickPostMs, worstTickStolenMs);
        });
        return new Phase(name, longestPulseGap.get() / 1e6, longestTickWait.get() / 1e6, pulses.get(), ticks.get(),
                elapsed, (fxCpuNanos() - cpuStart) / 1e6, longestFrameCpu.get() / 1e6, held[0], held[1], threads,
                stolen);
    }

    /** Selects the main tab with {@code id} ("canvasTab", "gapsTab"). */
    private void mainTab(String id) {
        TabPane tabs = (TabPane) window.stage().getScene().lookup("#mainTabs");
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Selects the chart tab with {@code id} ("chartGaps", "chartGrid", "chartTrend", "chartVoices"). */
    private void chartTab(String id) {
        TabPane charts = (TabPane) window.stage().getScene().lookup("#gapCharts");
        charts.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> charts.getSelectionModel().select(t));
    }

    /**
     * The phases the benchmark runs: switching to the gap view for the first time, then {@code rounds} rounds of
     * every filter, the drill-down and paging, the selection, each chart tab (and other months on the trend chart),
     * leaving and coming back to the gap view, and on the Canvas tab opening a sample canvas and then the large
     * one again (the hidden gap view reads and draws each one's report meanwhile). Every step of a round changes
     * something, so each round queries and redraws.
     */
    public List<Phase> runAll(int rounds) throws Exception {
        long large = window.model().canvasId();
        long other = otherCanvas(large);
        measuringSince = System.nanoTime();
        List<Phase> phases = new ArrayList<>();
        phases.add(phase("switch to the Gaps tab (first time)", g -> mainTab("gapsTab")));
        for (int round = 0; round < rounds; round++) {
            phases.add(phase("segment = Regulars", g -> g.segmentProperty().set("Regulars")));
            phases.add(phase("channel = survey", g -> g.channelProperty().set("survey")));
            phases.add(phase("voice = employee", g -> g.voiceProperty().set(Voice.EMPLOYEE)));
            phases.add(phase("voice = customer", g -> g.voiceProperty().set(Voice.CUSTOMER)));
            phases.add(phase("date range 2023-03-01..2023-09-30", g -> {
                g.sinceProperty().set(java.time.LocalDate.of(2023, 3, 1));
                g.untilProperty().set(java.time.LocalDate.of(2023, 9, 30));
            }));
            phases.add(phase("crosshairs: the other mode", g -> g.crosshairsProperty().set(
                    g.crosshairsProperty().get() == CrosshairMode.MIDPOINTS ? CrosshairMode.DATA_MEANS
                            : CrosshairMode.MIDPOINTS)));
            phases.add(phase("clear the filter", GapViewModel::clearFilter));
            phases.add(phase("ten filter changes at once (latest wins)", g -> {
                for (int i = 0; i < 10; i++) {
                    g.segmentProperty().set(i % 2 == 0 ? "Students" : "Families");
                }
            }));
            phases.add(phase("drill-down: all records / only comments", g -> g.onlyWithCommentsProperty().set(
                    !g.onlyWithCommentsProperty().get())));
            phases.add(phase("drill-down: next page", GapViewModel::nextPage));
            phases.add(phase("drill-down: next page again", GapViewModel::nextPage));
            phases.add(phase("select the next promise", g -> {
                int at = g.rows().indexOf(g.selectedRowProperty().get());
                g.selectPromise(g.rows().get((at + 1) % g.rows().size()).promiseId());
            }));
            phases.add(phase("drill-down: all voices / customers", g -> g.drillVoiceProperty().set(
                    g.drillVoiceProperty().get() == null ? Voice.CUSTOMER : null)));
            phases.add(phase("chart tab: importance-performance", g -> chartTab("chartGrid")));
            phases.add(phase("chart tab: trend", g -> chartTab("chartTrend")));
            // The trend chart moves to other months only while it is on screen.
            phases.add(phase("trend on screen: a date range", g -> {
                g.sinceProperty().set(java.time.LocalDate.of(2023, 3, 1));
                g.untilProperty().set(java.time.LocalDate.of(2023, 9, 30));
            }));
            phases.add(phase("trend on screen: all dates again", g -> {
                g.sinceProperty().set(null);
                g.untilProperty().set(null);
            }));
            phases.add(phase("chart tab: voices", g -> chartTab("chartVoices")));
            phases.add(phase("chart tab: gaps", g -> chartTab("chartGaps")));
            phases.add(phase("segment = Students (all charts to update)", g -> g.segmentProperty().set("Students")));
            phases.add(phase("chart tab: trend after a filter change", g -> chartTab("chartTrend")));
            phases.add(phase("chart tab: gaps after a filter change", g -> chartTab("chartGaps")));
            phases.add(phase("switch to the Canvas tab", g -> mainTab("canvasTab")));
            phases.add(phase("switch back to the Gaps tab", g -> mainTab("gapsTab")));
            phases.add(phase("clear the filter again", GapViewModel::clearFilter));
            // Opening a canvas reads its report at once, while the Canvas tab is shown and the gap view hidden.
            phases.add(phase("switch to the Canvas tab", g -> mainTab("canvasTab")));
            openBoth(phases, other, large);
            phases.add(phase("switch back to the Gaps tab", g -> mainTab("gapsTab")));
        }
        return phases;
    }

    /**
     * Only the steps that open a canvas, for looking into them: the Canvas tab, then {@code rounds} times a sample
     * canvas and the large one again.
     */
    public List<Phase> runOpenings(int rounds) throws Exception {
        long large = window.model().canvasId();
        long other = otherCanvas(large);
        measuringSince = System.nanoTime();
        List<Phase> phases = new ArrayList<>();
        phases.add(phase("switch to the Canvas tab", g -> mainTab("canvasTab")));
        for (int round = 0; round < rounds; round++) {
            openBoth(phases, other, large);
        }
        return phases;
    }

    private long otherCanvas(long large) {
        return window.model().library().stream().mapToLong(c -> c.id()).filter(id -> id != large)
                .findFirst().orElseThrow(() -> new IllegalStateException("the workspace has no second canvas"));
    }

    private void openBoth(List<Phase> phases, long other, long large) throws Exception {
        phases.add(phase("open a sample canvas" + OPENS_CANVAS, g -> window.model().showCanvas(other)));
        phases.add(phase("open the large canvas again" + OPENS_CANVAS, g -> window.model().showCanvas(large)));
    }

    /** The garbage collector's pauses since measuring began, e.g. "12 pauses, longest 24 ms". */
    public String gcPausesWhileMeasuring() {
        return gcPauses.since(measuringSince);
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
