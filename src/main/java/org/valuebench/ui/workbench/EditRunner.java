package org.valuebench.ui.workbench;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.EditConflictException;
import org.valuebench.app.Workbench;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;

/**
 * Runs the window's commands on the database thread, in order, and shows their committed state: "Saving…" while
 * edits are in flight, "All changes saved" after the last, the error in the status bar and an alert when one
 * fails. A read-only workspace refuses edits here, before "Saving…" shows.
 */
final class EditRunner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final BackgroundRunner runner;
    private final WorkbenchSession session;
    private final WorkbenchState state;
    private final Dialogs dialogs;
    private final Clock clock;
    private int editsInFlight;
    /** Edits committed on the database thread whose change the JavaFX thread has not taken yet. */
    private final java.util.concurrent.atomic.AtomicInteger appliesWaiting = new java.util.concurrent.atomic.AtomicInteger();
    private boolean closed;

    EditRunner(BackgroundRunner runner, WorkbenchSession session, WorkbenchState state, Dialogs dialogs,
               Clock clock) {
        this.runner = runner;
        this.session = session;
        this.state = state;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    boolean isClosed() {
        return closed;
    }

    /** Closes the workbench on the database thread after every queued edit, then stops that thread. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        runner.submit(() -> {
            session.close();
            return Boolean.TRUE;
        }, done -> { }, this::reportFailure);
        runner.shutdown(java.time.Duration.ofSeconds(15));
    }

    /** Shows what {@code work} reads (another canvas, say) without counting as an edit. */
    void read(Function<Workbench, Change> work) {
        if (closed) {
            return;
        }
        long shown = state.canvasId();
        runner.submit(() -> shown(work.apply(session.current()), shown), state::apply, this::reportFailure);
    }

    void change(Function<Workbench, Change> work) {
        change(work, null, null);
    }

    void change(Function<Workbench, Change> work, Consumer<Change> onDone, Runnable onFailure) {
        edit(s -> work.apply(s.current()), onDone, error -> {
            if (onFailure != null) {
                onFailure.run();
            }
            failed("ValueBench", error);
        });
    }

    /** A failed edit: one refused because a colleague changed it asks the user to choose; any other is reported. */
    void failed(String title, RuntimeException error) {
        if (error instanceof EditConflictException conflict) {
            resolve(conflict);
        } else {
            reportFailure(title, error);
        }
    }

    /** A colleague changed what the user edited: the user sees both versions and chooses; nothing is lost. */
    private void resolve(EditConflictException conflict) {
        if (dialogs.chooseVersion(conflict) == VersionChoice.KEEP_MINE) {
            change(wb -> wb.keepMine(conflict));
            return;
        }
        read(wb -> wb.keepTheirs(conflict));
        String what;
        if (conflict.isItem()) {
            what = MessageText.quote(conflict.theirs(Item.class).text());
        } else if (conflict.isFactor() || conflict.isRating()) {
            what = conflict.what();
        } else {
            what = "the details of " + MessageText.quote(conflict.theirs(Canvas.class).name());
        }
        state.status(SaveStatus.Kind.NOTICE, "Kept your colleague's version of " + what + "; yours was not saved");
    }

    /** See {@link WorkbenchViewModel#edit}. */
    void edit(Function<WorkbenchSession, Change> work, Consumer<Change> onDone, Consumer<RuntimeException> onFailure) {
        if (closed) {
            return;
        }
        String readOnly = state.readOnlyReason.get();
        if (!readOnly.isEmpty()) {
            // Refused here, before "Saving…" shows; the workbench would refuse it with the same words.
            onFailure.accept(new AppException(readOnly));
            return;
        }
        long shown = state.canvasId();
        editsInFlight++;
        state.status(SaveStatus.Kind.SAVING, "Saving…");
        runner.submit(() -> {
            Change result = shown(work.apply(session), shown);
            appliesWaiting.incrementAndGet();
            return result;
        }, result -> {
            editsInFlight--;
            // Each change is the whole committed state: when a newer one already waits behind this one (devices
            // adding cards in a burst), the window shows that one only.
            if (appliesWaiting.decrementAndGet() == 0) {
                state.apply(result);
            }
            if (editsInFlight == 0 && state.status.get().kind() != SaveStatus.Kind.ERROR) {
                state.status.set(saved());
            }
            if (onDone != null) {
                onDone.accept(result);
            }
        }, error -> {
            editsInFlight--;
            onFailure.accept(error);
            followReadOnlyReason();
        });
    }

    /**
     * A write can find the file damaged mid-session; from then on the workbench refuses every write, and the
     * window says so in its banner instead of failing edit after edit.
     */
    private void followReadOnlyReason() {
        onDatabase(s -> s.current().readOnlyReason().orElse(""), reason -> {
            if (!reason.isEmpty()) {
                state.readOnlyReason.set(reason);
            }
        }, error -> {
            // Only a field is read; the edit's own failure has already been reported to the user.
        });
    }

    /** See {@link WorkbenchViewModel#onDatabase}. */
    <T> void onDatabase(Function<WorkbenchSession, T> work, Consumer<T> onResult, Consumer<RuntimeException> onFailure) {
        if (!closed) {
            runner.submit(() -> work.apply(session), onResult, onFailure);
        }
    }

    /**
     * Runs on the database thread: when an edit leaves no canvas to show (deleted, or its creation undone)
     * it shows the one shown before if it still exists, else the first; and it remembers the shown canvas.
     */
    private Change shown(Change change, long shownBefore) {
        Change result = change;
        if (change.canvas().isEmpty() && !change.library().isEmpty()) {
            long next = change.library().stream().anyMatch(c -> c.id() == shownBefore)
                    ? shownBefore : change.library().get(0).id();
            result = session.current().show(next);
        }
        result.canvas().ifPresent(c -> session.rememberShown(c.canvas().id()));
        return result;
    }

    void reportFailure(RuntimeException error) {
        reportFailure("ValueBench", error);
    }

    /** Shows a failed command in the status bar and in an alert titled {@code title}. */
    void reportFailure(String title, RuntimeException error) {
        String message = WorkbenchViewModel.messageOf(error);
        state.status(SaveStatus.Kind.ERROR, message);
        state.bumpRevision();
        dialogs.showError(title, message);
    }

    SaveStatus saved() {
        return SaveStatus.of(SaveStatus.Kind.SAVED, "All changes saved · " + LocalTime.now(clock).format(TIME));
    }
}
