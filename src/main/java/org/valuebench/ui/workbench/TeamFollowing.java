package org.valuebench.ui.workbench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.team.ColleagueChange;
import org.valuebench.app.team.Colleague;
import org.valuebench.app.team.ConnectionState;
import org.valuebench.app.team.TeamPresence;
import org.valuebench.app.team.TeamWatch;
import org.valuebench.domain.CanvasSummary;

/**
 * A window on a team workspace follows its colleagues: their change of the shown canvas reloads it (board, details,
 * gaps and strategy redraw from the new state; the selection stays while its item does), any change reloads the
 * library; the status says who else is here, asked every few seconds; a lost connection shows at once, makes the
 * window read-only, and clears after the catch-up. Everything here runs on the JavaFX thread; the reads go to the
 * database thread in order with the edits. A local file has no colleagues: nothing here starts for it.
 */
final class TeamFollowing {
    static final Duration PRESENCE_EVERY = Duration.ofSeconds(5);
    static final String LOST = "Connection lost — showing the last state, read-only; retrying…";
    private static final System.Logger LOG = System.getLogger(TeamFollowing.class.getName());

    private final BackgroundRunner runner;
    private final EditRunner edits;
    private final WorkbenchState state;
    private final Ticker ticker;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TeamWatch watch;
    private AutoCloseable presence;
    private boolean lost;
    /** A reload is on the database thread; another change meanwhile asks for one more after it. */
    private boolean reloading;
    private boolean reloadAgain;

    TeamFollowing(BackgroundRunner runner, EditRunner edits, WorkbenchState state, Ticker ticker) {
        this.runner = runner;
        this.edits = edits;
        this.state = state;
        this.ticker = ticker;
    }

    /** "Team workspace · also here: anna, ben", the lost connection, or empty for a local file. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Starts following the workspace just opened (stops following the one before). */
    void follow() {
        stop();
        edits.onDatabase(s -> TeamWatch.start(s.current(), new TeamWatch.Listener() {
            @Override
            public void changed(ColleagueChange change) {
                runner.report(() -> colleagueChanged(change));
            }

            @Override
            public void connection(ConnectionState now, String message) {
                runner.report(() -> connectionChanged(now, message));
            }
        }), this::started, error -> LOG.log(System.Logger.Level.WARNING, "Cannot follow the team workspace", error));
    }

    private void started(Optional<TeamWatch> started) {
        if (started.isEmpty()) {
            return;
        }
        watch = started.get();
        lost = false;
        presence = ticker.every(PRESENCE_EVERY, this::askWhoIsHere);
        askWhoIsHere();
    }

    private void colleagueChanged(ColleagueChange change) {
        if (lost) {
            // The workspace's own connection may be gone too; the catch-up ends with one reload when it is back.
            reloadAgain = true;
            return;
        }
        reload();
    }

    private void connectionChanged(ConnectionState now, String message) {
        if (now == ConnectionState.LOST) {
            lost = true;
            status.set(LOST);
            state.readOnlyReason.set(message);
            return;
        }
        lost = false;
        edits.onDatabase(s -> s.current().readOnlyReason().orElse(""), reason -> state.readOnlyReason.set(reason),
                error -> LOG.log(System.Logger.Level.WARNING, "Cannot read whether the workspace may be changed",
                        error));
        reload();
        askWhoIsHere();
    }

    /** Reads the shown canvas (or, if a colleague deleted it, the first one left) and the library afresh. */
    private void reload() {
        if (reloading) {
            reloadAgain = true;
            return;
        }
        reloading = true;
        reloadAgain = false;
        long shown = state.canvasId();
        edits.onDatabase(s -> fresh(s.current(), shown), change -> {
            reloading = false;
            state.apply(change);
            if (reloadAgain) {
                reload();
            }
        }, error -> {
            reloading = false;
            LOG.log(System.Logger.Level.WARNING, "Cannot show a colleague's change", error);
        });
    }

    private static Change fresh(Workbench workbench, long shown) {
        if (shown != 0 && workbench.findCanvas(shown).isPresent()) {
            return workbench.show(shown);
        }
        List<CanvasSummary> library = workbench.library();
        return workbench.show(library.isEmpty() ? 0 : library.get(0).id());
    }

    private void askWhoIsHere() {
        if (lost) {
            return;
        }
        edits.onDatabase(s -> TeamPresence.others(s.current()), others -> {
            if (!lost && watch != null) {
                status.set(text(others));
            }
        }, error -> LOG.log(System.Logger.Level.DEBUG, "Cannot ask who else is here", error));
    }

    static String text(List<Colleague> others) {
        if (others.isEmpty()) {
            return "Team workspace · no one else here";
        }
        return "Team workspace · also here: " + String.join(", ", others.stream().map(Colleague::user).toList());
    }

    /** Stops following: no more reloads, presence or connection news. */
    void stop() {
        if (presence != null) {
            try {
                presence.close();
            } catch (Exception e) {
                // A ticker's handle only stops a timer; nothing to undo if it cannot.
                LOG.log(System.Logger.Level.DEBUG, "Cannot stop the presence timer", e);
            }
            presence = null;
        }
        if (watch != null) {
            watch.close();
            watch = null;
        }
        status.set("");
    }
}
