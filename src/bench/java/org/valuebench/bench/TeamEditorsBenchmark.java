package org.valuebench.bench;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.app.team.ColleagueChange;
import org.valuebench.app.team.ConnectionState;
import org.valuebench.app.team.TeamWatch;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.TeamServer;

/**
 * Issue 26's check of a team workspace under load (a benchmark, not a timed test): EDITORS simulated editors, each
 * with its own workbench on one PostgreSQL database, add, edit, link, rate and vote for SECONDS, while a watching
 * window model (a workbench with a {@link TeamWatch}, reading the canvas again on every colleague's change, one read
 * at a time as the window's database thread does) records when each marked edit first shows. Reports the 95th
 * percentile from the edit (timed from the editor's call, its own commit included) to shown, the conflicts reported, and checks no update was lost: every item of the shared
 * pool has the version its committed text edits give it. PASS when p95 < 1 s, nothing failed and nothing was lost.
 *   java … TeamEditorsBenchmark postgresql://user@host:port/db [editors 10] [seconds 60] [think ms 250]
 */
public final class TeamEditorsBenchmark {
    private static final Pattern MARKER = Pattern.compile("⟦e\\d+-\\d+⟧");

    /** What the editors share: the canvas, its items, factors, the vote and its participants. */
    record Setup(long canvas, List<Long> customer, List<Long> offering, List<Long> factors, long vote,
                 List<Long> participants) {
    }

    private TeamEditorsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TeamServer server = TeamServer.parse(args[0], "postgres").server();
        int editors = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int think = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        Setup setup = setUp(server, editors);
        TeamEditorsFigures figures = new TeamEditorsFigures();
        try (Workbench watcher = Workbenches.openTeam(server, null, Clock.systemUTC())) {
            ExecutorService reader = Executors.newSingleThreadExecutor();
            AtomicBoolean queued = new AtomicBoolean();
            Runnable read = () -> {
                queued.set(false);
                CanvasContent content = watcher.canvas(setup.canvas());
                long now = System.nanoTime();
                List<String> markers = new ArrayList<>();
                for (Item item : content.items()) {
                    Matcher m = MARKER.matcher(item.text());
                    while (m.find()) {
                        markers.add(m.group());
                    }
                }
                figures.shown(markers, now);
            };
            try (TeamWatch watch = TeamWatch.start(watcher, new TeamWatch.Listener() {
                @Override
                public void changed(ColleagueChange change) {
                    if (queued.compareAndSet(false, true)) {
                        reader.execute(read);
                    }
                }

                @Override
                public void connection(ConnectionState state, String message) {
                    figures.failed("watcher connection " + state + ": " + message);
                }
            }).orElseThrow()) {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                ExecutorService pool = Executors.newFixedThreadPool(editors);
                for (int e = 1; e <= editors; e++) {
                    pool.execute(new TeamEditor(e, server, setup, figures, end, think));
                }
                pool.shutdown();
                pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
                Thread.sleep(3_000); // the last changes reach the watcher
                reader.shutdown();
                reader.awaitTermination(30, TimeUnit.SECONDS);
            }
            report(editors, seconds, think, figures, lostUpdates(watcher, setup, figures));
        }
    }

    private static Setup setUp(TeamServer server, int editors) {
        try (Workbench seed = Workbenches.openTeam(server, null, Clock.systemUTC())) {
            long canvas = seed.createCanvas("Team bench " + System.currentTimeMillis()).canvas().orElseThrow()
                    .canvas().id();
            for (int i = 1; i <= 20; i++) {
                seed.addItem(canvas, Section.NEEDS, "Need " + i, -1);
            }
            for (int i = 1; i <= 10; i++) {
                seed.addItem(canvas, Section.FEATURES, "Feature " + i, -1);
            }
            StrategyUseCases strategy = new StrategyUseCases(seed, new GapUseCases(seed));
            for (int i = 1; i <= 5; i++) {
                strategy.addFactor(canvas, "Factor " + i, -1);
            }
            List<Participant> people = new ArrayList<>();
            for (int i = 1; i <= editors; i++) {
                people.add(Participant.draft("Editor " + i, ""));
            }
            WorkshopUseCases workshops = new WorkshopUseCases(seed);
            WorkshopRecord workshop = workshops.start(canvas, "Bench", WorkshopPlan.standard(), people, false)
                    .workshop();
            WorkshopRecord voting = new WorkshopVoting(workshops).startVote(workshop.workshop().id(),
                    new VoteSettings(List.of(Section.NEEDS), 20, false, false)).workshop();
            CanvasContent content = seed.canvas(canvas);
            return new Setup(canvas, ids(content.itemsIn(Section.NEEDS)), ids(content.itemsIn(Section.FEATURES)),
                    content.strategy().factors().stream().map(Factor::id).toList(),
                    voting.votes().get(voting.votes().size() - 1).id(),
                    voting.participants().stream().map(Participant::id).toList());
        }
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }

    /** Items of the shared pool whose stored version is not 1 + the text edits committed to them. */
    private static List<String> lostUpdates(Workbench watcher, Setup setup, TeamEditorsFigures figures)
            throws Exception {
        Map<Long, Long> versions = new HashMap<>();
        watcher.workspace().transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT id, version FROM item WHERE canvas_id = " + setup.canvas())) {
                while (rows.next()) {
                    versions.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return null;
        });
        List<String> lost = new ArrayList<>();
        for (long id : setup.customer()) {
            long edits = figures.editsPerItem().getOrDefault(id, new java.util.concurrent.atomic.AtomicLong()).get();
            if (versions.get(id) != 1 + edits) {
                lost.add("item " + id + ": version " + versions.get(id) + " after " + edits + " committed edits");
            }
        }
        return lost;
    }

    private static void report(int editors, int seconds, int think, TeamEditorsFigures figures, List<String> lost) {
        long[] ms = figures.latenciesMillis();
        System.out.printf("%d editors for %d s, think time 0-%d ms between actions%n", editors, seconds, think * 2);
        System.out.println("actions: " + figures.done() + ", conflicts reported: " + figures.conflicts());
        System.out.printf("marked edits: %d, shown by the watcher: %d, overwritten before it read them: %d%n",
                figures.markers(), ms.length, figures.unseen());
        if (ms.length > 0) {
            System.out.printf("edit (from the call) -> watcher's model: p50 %d ms, p95 %d ms, max %d ms%n", ms[ms.length / 2],
                    ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)], ms[ms.length - 1]);
        }
        System.out.println("lost updates: " + (lost.isEmpty() ? "none" : lost));
        figures.failures().stream().limit(10).forEach(f -> System.out.println("FAILURE " + f));
        boolean pass = ms.length > 0 && ms[(int) Math.min(ms.length - 1, Math.ceil(ms.length * 0.95) - 1)] < 1_000
                && lost.isEmpty() && figures.failures().isEmpty();
        System.out.println(pass ? "PASS" : "FAIL");
    }
}
