package org.valuebench.bench;

import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.valuebench.app.AppException;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.store.TeamServer;

/**
 * One simulated editor: its own workbench on the team workspace (as its own window would have), doing adds, text
 * edits of the shared items, links, ratings and dots as fast as the server answers, with a short think time.
 * A text edit or an add carries a marker ("⟦e3-17⟧") the watcher looks for.
 */
final class TeamEditor implements Runnable {
    private final int number;
    private final TeamServer server;
    private final TeamEditorsBenchmark.Setup setup;
    private final TeamEditorsFigures figures;
    private final long endNanos;
    private final int thinkMillis;
    private final Random random;
    private int sequence;
    private long dotOn;

    TeamEditor(int number, TeamServer server, TeamEditorsBenchmark.Setup setup, TeamEditorsFigures figures,
               long endNanos, int thinkMillis) {
        this.number = number;
        this.server = server;
        this.setup = setup;
        this.figures = figures;
        this.endNanos = endNanos;
        this.thinkMillis = thinkMillis;
        this.random = new Random(number);
    }

    @Override
    public void run() {
        try (Workbench workbench = Workbenches.openTeam(server, null, Clock.systemUTC())) {
            StrategyUseCases strategy = new StrategyUseCases(workbench, new GapUseCases(workbench));
            WorkshopVoting voting = new WorkshopVoting(new WorkshopUseCases(workbench));
            workbench.show(setup.canvas());
            while (System.nanoTime() < endNanos) {
                act(workbench, strategy, voting);
                if (thinkMillis > 0) {
                    Thread.sleep(random.nextInt(thinkMillis * 2 + 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            figures.failed("editor " + number + ": " + e);
        }
    }

    private void act(Workbench workbench, StrategyUseCases strategy, WorkshopVoting voting) {
        int dice = random.nextInt(100);
        try {
            if (dice < 40) {
                editText(workbench);
            } else if (dice < 60) {
                String marker = marker();
                long start = System.nanoTime();
                workbench.addItem(setup.canvas(), random.nextBoolean() ? Section.NEEDS : Section.BENEFITS,
                        "Added " + marker, -1);
                figures.committed(marker, start);
                figures.done("add");
            } else if (dice < 75) {
                workbench.link(pick(setup.offering()), pick(setup.customer()));
                figures.done("link");
            } else if (dice < 90) {
                strategy.rate(pick(setup.factors()), 0, 1 + random.nextInt(5));
                figures.done("rating");
            } else {
                vote(voting);
            }
        } catch (EditConflictException e) {
            figures.conflict();
            workbench.show(setup.canvas()); // read again, as the window does after showing the conflict
        } catch (AppException e) {
            figures.failed("editor " + number + ": " + e.getMessage());
        }
    }

    /** Places a dot as this editor's participant, or takes back the one placed last, so the dots never run out. */
    private void vote(WorkshopVoting voting) {
        long participant = setup.participants().get((number - 1) % setup.participants().size());
        if (dotOn == 0) {
            dotOn = pick(setup.customer());
            voting.castDot(setup.vote(), dotOn, participant);
            figures.done("vote");
        } else {
            voting.takeBackDot(setup.vote(), dotOn, participant);
            dotOn = 0;
            figures.done("vote taken back");
        }
    }

    private void editText(Workbench workbench) {
        long id = pick(setup.customer());
        // A live window shows the canvas as colleagues left it; the edit starts from that read.
        Item item = workbench.show(setup.canvas()).canvas().orElseThrow().item(id).orElseThrow();
        String marker = marker();
        long start = System.nanoTime();
        workbench.updateItem(item.withText(item.text().replaceAll(" ⟦.*", "") + " " + marker));
        figures.committed(marker, start);
        figures.editedItem(id);
        figures.done("edit");
    }

    private String marker() {
        return "⟦e" + number + "-" + (++sequence) + "⟧";
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }
}
