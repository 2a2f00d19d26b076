package org.valuebench.bench;

import atlantafx.base.theme.PrimerLight;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.app.workspace.WorkspaceLocation;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.ValueBenchApp;
import org.valuebench.ui.ValueBenchWindow;
import org.valuebench.ui.exchange.DesktopFiles;
import org.valuebench.ui.settings.InMemoryWindowSettings;
import org.valuebench.ui.workbench.DatabaseThread;
import org.valuebench.ui.workbench.ExportThread;
import org.valuebench.ui.workbench.ScriptedDialogs;
import org.valuebench.ui.workshop.StartWorkshopForm;
import org.valuebench.ui.workshop.WorkshopDialogs;
import org.valuebench.ui.workshop.WorkshopViewModel;
import org.valuebench.ui.workshop.join.JoinForm;
import org.valuebench.ui.workshop.join.JoiningDialogs;
import org.valuebench.ui.workshop.presentation.PresentationViewModel;
import org.valuebench.ui.workshop.presentation.Slide;

/**
 * Issue 25's load benchmark (a check, not a timed test): the whole window (ValueBenchWindow on its database thread,
 * headless Monocle) on a new workspace file, its room (app.join.Room) and listener (web.JavalinRoomServer) on
 * 127.0.0.1, a free port, and the projector's window open. A workshop runs a private brainstorming step (Wants), an
 * open one (Needs) and a vote; N simulated participants ({@link JoinLoadParticipant}) join over HTTP, follow the
 * event stream and add their cards, half in each step, while the facilitator, on the JavaFX thread through the
 * console's view model, reveals when the private cards are in, moves on, then moves to the vote and starts it.
 * Each participant places 3 dots. Latency of a card: from just before its first send to its text first appearing
 * on the JavaFX thread in (a) the presentation view model's slide, for the open step's cards (the figure the
 * verdict takes), and (b) the session's record, for every card (private ones hidden there until the reveal).
 * At the end the workspace file is read with plain SQL ({@link JoinLoadCounts}). PASS when the slide's 95th
 * percentile is under 1 s and every card and dot is stored exactly once. A refusal other than 429 (e.g. the
 * window's "did not take it in time" after its 10 s wait) is counted and that card or dot is given up, so the
 * counts show it. The room notifies on the calling thread ({@code Runnable::run}), as the tests build it.
 *   src/bench/join-load.sh [participants (default 30)] [cards each (default 20)]
 */
public final class JoinLoadBenchmark {
    private static final double TARGET_MS = 1000;
    private static final int DOTS = VoteSettings.DEFAULT_DOTS;
    /**
     * -Djoinload.typingMs=N: each device takes about N ms to type a card before sending it (0, the default: every
     * device sends its cards back to back, a burst no room produces, which measures the queue more than the app).
     */
    private static final long TYPING_MILLIS = Long.getLong("joinload.typingMs", 0);
    private final JoinLoadFigures figures = new JoinLoadFigures();
    private final DatabaseThread database = new DatabaseThread(Platform::runLater);
    private ValueBenchWindow window;
    private WorkshopViewModel console;
    private PresentationViewModel presentation;

    public static void main(String[] args) throws Exception {
        int participants = argument(args, 0, "participants", 30, 99);
        int cards = argument(args, 1, "cards each", 20, 99);
        // The room logs every join at INFO: 30 lines that would bury the figures.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Path folder = Files.createTempDirectory("join-load");
        Path file = folder.resolve("workspace.db");
        boolean pass;
        try {
            pass = new JoinLoadBenchmark().run(file, participants, cards);
        } finally {
            Platform.exit();
            deleteQuietly(folder);
        }
        System.exit(pass ? 0 : 1);
    }

    private boolean run(Path file, int participants, int cards) throws Exception {
        onFx(() -> open(file));
        waitUntil("the window is built", () -> window.isBuilt() && database.isIdle());
        onFx(() -> window.model().createCanvas("Load café"));
        waitUntil("the canvas is shown", () -> fx(() -> window.model().canvasId() != 0) && database.isIdle());
        onFx(() -> {
            console = window.workshop().console();
            console.start("Load", plan(), List.of(), false);
        });
        waitUntil("the workshop runs", () -> fx(() -> console.record().isPresent()));
        onFx(this::measureOnFxThread);
        onFx(this::openProjector);
        onFx(() -> window.workshop().joining().open(new JoinForm.Settings(InetAddress.getLoopbackAddress(), 0,
                false)));
        waitUntil("joining is open", () -> fx(() -> window.workshop().joining().openProperty().get()));
        RoomStatus status = fx(() -> window.workshop().joining().statusProperty().get());
        String base = status.address().replaceAll("/+$", "");
        System.out.println("listening on " + base + " (code " + status.code().length() + " characters); "
                + participants + " participants, " + cards + " cards and " + DOTS + " dots each; "
                + (TYPING_MILLIS == 0 ? "cards sent back to back" : "about " + TYPING_MILLIS + " ms to type a card"));

        JoinLoadFxSampler sampler = new JoinLoadFxSampler(fx(Thread::currentThread));
        long start = System.nanoTime();
        List<Thread> devices = new ArrayList<>();
        for (int p = 1; p <= participants; p++) {
            Thread device = new Thread(new JoinLoadParticipant(p, base, status.code(), cards, DOTS, figures, TYPING_MILLIS),
                    "join-load-participant-" + p);
            device.start();
            devices.add(device);
        }
        int privateCards = participants * (cards / 2);
        int allCards = participants * cards;
        waitUntil("the private cards are in", () -> contributions() >= privateCards || failedEarly());
        long revealAt = System.nanoTime();
        onFx(console::reveal);
        onFx(console::next);
        onFx(console::startTimer);
        waitUntil("every card is in", () -> contributions() >= allCards || failedEarly());
        long openStepEnd = System.nanoTime();
        onFx(console::next);
        onFx(() -> console.startVote(new VoteSettings(List.of(Section.WANTS, Section.NEEDS), DOTS, false, false)));
        waitUntil("every dot is in", () -> dots() >= participants * DOTS || failedEarly());
        for (Thread device : devices) {
            device.join(TimeUnit.SECONDS.toMillis(60));
        }
        long end = System.nanoTime();
        int requests = figures.requests();
        String busiest = busiestThreads();
        sampler.close();
        onFx(console::stopVote);
        onFx(console::finish);
        waitUntil("joining is closed", () -> fx(() -> !window.workshop().joining().openProperty().get())
                && database.isIdle());
        onFx(window::close);
        waitUntil("the workspace is closed", () -> fx(() -> window.model().isClosed()) && database.isIdle());
        database.shutdown(Duration.ofSeconds(10));
        System.out.println("CPU time of the busiest threads until the last dot: " + busiest);
        System.out.println("JavaFX thread's samples in ValueBench code: " + sampler.top(12));
        return report(file, participants, cards, (revealAt - start) / 1e9, (openStepEnd - revealAt) / 1e9,
                (end - start) / 1e9, requests);
    }

    /** Where the time went: the threads that used the most CPU (the JavaFX thread, the database thread, Jetty's). */
    private static String busiestThreads() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        record Used(String name, long nanos) {
        }
        List<Used> used = new ArrayList<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                used.add(new Used(info.getThreadName(), threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        used.sort(java.util.Comparator.comparingLong(Used::nanos).reversed());
        return String.join(", ", used.stream().limit(6)
                .map(u -> u.name() + " " + fmt(u.nanos() / 1e9) + " s").toList());
    }

    /** The private step first, then the open one, then the vote: a card's step decides which latency it has. */
    private static WorkshopPlan plan() {
        List<AgendaStep> steps = List.of(
                AgendaStep.draft(JoinLoadParticipant.PRIVATE_STEP, List.of(Section.WANTS), "What do they want?",
                        600, StepKind.BRAINSTORM).withPrivacy(true, false),
                AgendaStep.draft(JoinLoadParticipant.OPEN_STEP, List.of(Section.NEEDS), "What do they need?", 600,
                        StepKind.BRAINSTORM),
                AgendaStep.draft("Vote", List.of(Section.WANTS, Section.NEEDS), "Place your dots.", 600,
                        StepKind.VOTE));
        return new WorkshopPlan(steps, DOTS, false, false);
    }

    private void open(Path file) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ValueBenchWindow.Dependencies deps = new ValueBenchWindow.Dependencies(database,
                (location, upgrading) -> Workbenches.open(location.file(), true, Clock.systemUTC(), upgrading),
                stage -> dialogs, new InMemoryWindowSettings(), Clock.systemUTC(), new ExportThread(Platform::runLater),
                NO_DESKTOP, Locale.UK, file.resolveSibling("logs"), stage -> NO_QUESTIONS,
                new ValueBenchWindow.Joining(ValueBenchApp.rooms(Clock.systemUTC()), stage -> NO_JOINING_QUESTIONS));
        window = ValueBenchWindow.show(new Stage(), deps, new WorkspaceLocation(file, false));
    }

    /**
     * JavaFX thread: the session's canvas (hidden cards included) and a presentation view model of the same
     * session, as the projector's, each watched for the texts it holds.
     */
    private void measureOnFxThread() {
        console.session().canvasProperty().addListener((obs, was, now) -> {
            if (now != null) {
                figures.seenInSession(now.items().stream().map(Item::text).toList(), System.nanoTime());
            }
        });
        PresentationViewModel presentation = new PresentationViewModel(console.session());
        presentation.slideProperty().addListener((obs, was, now) -> {
            if (now != null) {
                figures.seenOnSlide(now.sections().stream().flatMap(s -> s.cards().stream()).map(Slide.Card::text)
                        .toList(), System.nanoTime());
            }
        });
        // Kept for the run: nothing else refers to this view model.
        this.presentation = presentation;
    }

    /** Workshop ▸ Presentation window…, so the projector draws every change as in the room. */
    private void openProjector() {
        boolean opened = Stage.getWindows().stream().filter(w -> w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu-bar").stream())
                .filter(MenuBar.class::isInstance).map(MenuBar.class::cast)
                .flatMap(bar -> bar.getMenus().stream()).flatMap(m -> m.getItems().stream())
                .filter(i -> "menuPresentation".equals(i.getId())).findFirst()
                .map(i -> {
                    i.fire();
                    return true;
                }).orElse(false);
        System.out.println("projector window: " + (opened ? "open" : "NOT FOUND (slide measured on the view model)"));
    }

    private int contributions() {
        return fx(() -> console.record().map(r -> r.contributions().size()).orElse(0));
    }

    private int dots() {
        return fx(() -> console.record().flatMap(WorkshopRecord::openVote)
                .map(v -> console.record().get().dotsOf(v.id()).stream().mapToInt(Dot::count).sum()).orElse(0));
    }

    private boolean failedEarly() {
        return !figures.failures().isEmpty();
    }

    private boolean report(Path file, int participants, int cards, double privateSeconds, double openSeconds,
                           double totalSeconds, int requests) throws Exception {
        System.out.println("figures: " + figures.submittedTexts().size() + " cards submitted, " + figures.retriesText()
                + "; requests " + requests + " in " + fmt(totalSeconds) + " s = " + fmt(requests / totalSeconds)
                + " requests/s (join to last dot, facilitator's pauses included); private step "
                + fmt(privateSeconds) + " s, open step " + fmt(openSeconds) + " s");
        System.out.println("refusals by status: " + figures.refusalsText());
        Predicate<String> open = t -> Integer.parseInt(t.substring(9, 11)) > cards / 2;
        double[] slide = figures.latencies(true, open);
        System.out.println("submit -> text on the presentation's slide (open step, JavaFX thread): "
                + JoinLoadFigures.summary(slide) + " of " + figures.countSubmitted(open));
        System.out.println("submit -> in the session's record (every card, private ones while hidden): "
                + JoinLoadFigures.summary(figures.latencies(false, t -> true)));
        System.out.println("submit -> in the session's record (private step only): "
                + JoinLoadFigures.summary(figures.latencies(false, open.negate())));
        JoinLoadCounts counts = JoinLoadCounts.read(file, figures.submittedTexts());
        System.out.println("stored: " + counts);
        List<String> failures = figures.failures();
        failures.stream().limit(40).forEach(f -> System.out.println("  failed: " + f));
        boolean countsMatch = counts.exactly(participants * cards, participants, DOTS);
        double p95 = JoinLoadFigures.percentile(slide, 95);
        boolean fast = slide.length == figures.countSubmitted(open) && p95 < TARGET_MS;
        System.out.println(String.format(Locale.ROOT, "p95 %.0f ms (target < %.0f ms): %s; counts %s -> %s", p95,
                TARGET_MS, fast ? "ok" : "too slow or cards missing", countsMatch ? "match" : "DO NOT MATCH",
                fast && countsMatch && failures.isEmpty() ? "PASS" : "FAIL"));
        return fast && countsMatch && failures.isEmpty();
    }

    /** The argument at {@code index}, a whole number from 2 to {@code most}; else a plain message and exit 2. */
    private static int argument(String[] args, int index, String what, int otherwise, int most) {
        if (args.length <= index) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(args[index]);
            if (value >= 2 && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        System.out.println("join-load: " + what + " must be a whole number from 2 to " + most + ", not '"
                + args[index] + "'");
        System.exit(2);
        return otherwise;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private static void onFx(Runnable task) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static <T> T fx(Callable<T> read) {
        CompletableFuture<T> value = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                value.complete(read.call());
            } catch (Exception e) {
                value.completeExceptionally(e);
            }
        });
        try {
            return value.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX thread did not answer", e);
        }
    }

    private static void deleteQuietly(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final DesktopFiles NO_DESKTOP = new DesktopFiles() {
        @Override
        public void open(Path file) {
        }

        @Override
        public void showInFolder(Path file) {
        }
    };

    private static final WorkshopDialogs NO_QUESTIONS = new WorkshopDialogs() {
        @Override
        public boolean askStart(StartWorkshopForm form) {
            return false;
        }

        @Override
        public Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean one, boolean anonymous) {
            return Optional.empty();
        }

        @Override
        public OptionalInt askNumber(String title, String label, int initial) {
            return OptionalInt.empty();
        }
    };

    private static final JoiningDialogs NO_JOINING_QUESTIONS = new JoiningDialogs() {
        @Override
        public boolean askOpen(JoinForm form) {
            return false;
        }

        @Override
        public Optional<String> askRename(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<Removal> askRemove(String name, int cards) {
            return Optional.empty();
        }
    };
}
