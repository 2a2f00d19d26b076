package org.valuebench.ui.workshop.join;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.join.RoomControl;
import org.valuebench.app.join.RoomStatus;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.WorkbenchViewModel;
import org.valuebench.ui.workshop.WorkshopViewModel;

/**
 * Joining as the facilitator's console runs it: opens joining for the running workshop with the settings chosen
 * in the dialog, closes and reopens it, renames and removes participants (undoable edits of the window), and
 * shows the room's status (address, code, who joined, wrong codes). Every change the session shows goes to the
 * room, so the participants' devices follow the window; the workshop's finish, the session emptied (an undone
 * start, another canvas shown) and the window's close all close joining. JavaFX thread only; the room's status
 * arrives from its own thread through {@code toFxThread}.
 */
public final class JoiningViewModel {
    static final String TITLE = "Joining";
    private final RoomControl room;
    private final WorkshopViewModel console;
    private final WorkbenchViewModel workbench;
    private final JoiningDialogs dialogs;
    private final Executor background;
    private final Consumer<Runnable> toFxThread;
    private final ReadOnlyObjectWrapper<RoomStatus> status = new ReadOnlyObjectWrapper<>(RoomStatus.closed());
    private final ObservableList<RoomStatus.Member> members = FXCollections.observableArrayList();
    private final BooleanBinding open = Bindings.createBooleanBinding(() -> status.get().open(), status);
    private final StringBinding failedText = Bindings.createStringBinding(() -> failedText(status.get()), status);
    private final javafx.beans.property.BooleanProperty reopenable = new javafx.beans.property.SimpleBooleanProperty();
    private JoinForm.Settings last;
    private boolean opening;
    /** The status heard last and not yet shown (null once the JavaFX thread took it). */
    private final java.util.concurrent.atomic.AtomicReference<RoomStatus> heard =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * @param background opens joining away from the JavaFX thread: the room reads the workshop through the window's
     *                   database thread and starts its listener, which the JavaFX thread must not wait for
     */
    public JoiningViewModel(RoomControl room, WorkshopViewModel console, WorkbenchViewModel workbench,
                            JoiningDialogs dialogs, Executor background,
                            Consumer<Runnable> toFxThread) {
        this.room = room;
        this.background = background;
        this.toFxThread = toFxThread;
        this.console = console;
        this.workbench = workbench;
        this.dialogs = dialogs;
        // Every card from a device changes the status; during a burst the JavaFX thread shows only the newest.
        room.onStatus(s -> {
            if (heard.getAndSet(s) == null) {
                toFxThread.accept(() -> show(heard.getAndSet(null)));
            }
        });
        console.session().follow(this::follow);
    }

    // ---- state

    /** The room's status as last heard: closed until joining opens. */
    public ReadOnlyObjectProperty<RoomStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding openProperty() {
        return open;
    }

    /** Who has joined, in order of joining. */
    public ObservableList<RoomStatus.Member> members() {
        return members;
    }

    /** "2 wrong codes" once a code was mistyped (or guessed), else empty. */
    public StringBinding failedTextProperty() {
        return failedText;
    }

    /** True once joining has been opened in this window, so Reopen joining knows the settings. */
    public javafx.beans.value.ObservableBooleanValue reopenableProperty() {
        return reopenable;
    }

    // ---- open, close, reopen

    /** Workshop ▸ Open joining…: the dialog on the networks the room offers, then joining opened as chosen. */
    public void openDialog() {
        if (runningRecord().isEmpty()) {
            workbench.notice("Start a workshop first: participants join a running workshop");
            return;
        }
        if (open.get()) {
            return;
        }
        JoinForm form = new JoinForm(room.networks(), Optional.ofNullable(last));
        if (dialogs.askOpen(form)) {
            form.settings().ifPresent(this::open);
        }
    }

    /**
     * Opens joining with {@code settings} (on the background thread) and, once open, brings the room up to date with
     * the workshop as shown; a port that cannot open is said in an alert.
     */
    public void open(JoinForm.Settings settings) {
        Optional<WorkshopRecord> record = runningRecord();
        if (record.isEmpty() || opening) {
            return;
        }
        opening = true;
        long workshop = record.get().workshop().id();
        background.execute(() -> {
            try {
                RoomStatus opened = room.open(workshop, settings.address(), settings.port(), settings.allowAnonymous());
                toFxThread.accept(() -> opened(opened, settings));
            } catch (RuntimeException e) {
                toFxThread.accept(() -> {
                    opening = false;
                    workbench.reportFailure(TITLE, e);
                });
            }
        });
    }

    private void opened(RoomStatus opened, JoinForm.Settings settings) {
        opening = false;
        last = settings;
        reopenable.set(true);
        show(opened);
        Optional<WorkshopRecord> now = runningRecord();
        if (now.isEmpty()) {
            close();
        } else {
            tellRoom(now.get(), console.session().canvasProperty().get());
        }
    }

    /** Reopen joining: the settings used last (a new code), or the dialog when there are none. */
    public void reopen() {
        if (last == null) {
            openDialog();
        } else {
            open(last);
        }
    }

    /** Closes joining: the port closes, the code and every participant's token stop working. */
    public void close() {
        if (status.get().open()) {
            show(room.close());
        }
    }

    // ---- participants

    /** Asks for a new name and renames the participant in the workshop (undoable). */
    public void rename(RoomStatus.Member member) {
        Optional<Long> workshop = runningRecord().map(r -> r.workshop().id());
        if (workshop.isEmpty()) {
            return;
        }
        dialogs.askRename(member.name()).map(String::strip).filter(n -> !n.isEmpty() && !n.equals(member.name()))
                .ifPresent(name -> console.act(t -> t.agenda().renameParticipant(workshop.get(), member.participantId(),
                        name)));
    }

    /** Asks whether to remove the participant with or without their cards, and removes them (undoable). */
    public void remove(RoomStatus.Member member) {
        Optional<Long> workshop = runningRecord().map(r -> r.workshop().id());
        if (workshop.isEmpty()) {
            return;
        }
        dialogs.askRemove(member.name(), member.cardsAdded()).ifPresent(removal -> console.act(t -> t.agenda()
                .removeParticipant(workshop.get(), member.participantId(),
                        removal == JoiningDialogs.Removal.WITH_CARDS)));
    }

    // ---- following the session and the room

    private Optional<WorkshopRecord> runningRecord() {
        return console.record().filter(r -> r.workshop().isRunning());
    }

    /** Every change the session shows goes to the room; no running workshop shown closes joining. */
    private void follow(WorkshopRecord record, CanvasContent canvas) {
        if (!status.get().open()) {
            return;
        }
        if (record != null) {
            tellRoom(record, canvas);
        }
        if (record == null || !record.workshop().isRunning()) {
            close();
        }
    }

    private void tellRoom(WorkshopRecord record, CanvasContent canvas) {
        // The canvas shown is the workshop's, but a change in flight can land just after another canvas was shown.
        if (canvas != null && canvas.canvas().id() == record.workshop().canvasId()) {
            room.show(record, canvas);
        }
    }

    private void show(RoomStatus now) {
        status.set(now);
        if (!members.equals(now.members())) {
            members.setAll(now.members());
        }
    }

    static String failedText(RoomStatus status) {
        int failed = status.failedAttempts();
        return failed == 0 ? "" : failed == 1 ? "1 wrong code" : failed + " wrong codes";
    }
}
