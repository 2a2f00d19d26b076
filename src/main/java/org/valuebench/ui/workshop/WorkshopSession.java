package org.valuebench.ui.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The running workshop as the windows show it. The facilitator's console changes it after each action (and ticks
 * the clock once a second while a timer runs); the presentation window only reads it, so the projector follows
 * the console live without either knowing the other. JavaFX thread only.
 */
public final class WorkshopSession {
    private final ReadOnlyObjectWrapper<WorkshopRecord> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StepTimer> timer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(Instant.EPOCH);
    private final ReadOnlyObjectProperty<CanvasContent> canvas;
    private final BooleanBinding running;
    private final ProjectorPages pages = new ProjectorPages();
    private final List<BiConsumer<WorkshopRecord, CanvasContent>> followers = new ArrayList<>();

    /** @param canvas the workshop's canvas with its cards, as the main window holds it */
    public WorkshopSession(ReadOnlyObjectProperty<CanvasContent> canvas) {
        this.canvas = canvas;
        this.running = Bindings.createBooleanBinding(() -> record.get() != null
                && record.get().workshop().ended() == null, record);
    }

    /** The workshop as stored after the latest action, or null when none runs. */
    public ReadOnlyObjectProperty<WorkshopRecord> recordProperty() {
        return record.getReadOnlyProperty();
    }

    /** The current step's timer, or null when none runs. */
    public ReadOnlyObjectProperty<StepTimer> timerProperty() {
        return timer.getReadOnlyProperty();
    }

    /** The time the timer is read at; ticks once a second while a timer runs. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The workshop's canvas with every card (hidden ones too: {@link WorkshopRecord#isHidden} says which). */
    public ReadOnlyObjectProperty<CanvasContent> canvasProperty() {
        return canvas;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    /** The page of the step's cards the projector shows, turned from the console or the projector's window. */
    public ProjectorPages pages() {
        return pages;
    }

    /**
     * {@code follower} hears of every committed change the session shows (an action of the console or of a
     * participant's device, an undo, a redo) with the workshop and its canvas; of the finish with the finished
     * record; and of the session emptied with {@code (null, null)}. Not of the clock's ticks.
     */
    public void follow(BiConsumer<WorkshopRecord, CanvasContent> follower) {
        followers.add(follower);
    }

    /** Shows the workshop after an action of the console (or a resume). */
    public void show(WorkshopRecord newRecord, StepTimer newTimer, Instant at) {
        now.set(at);
        timer.set(newTimer);
        record.set(newRecord);
        tellFollowers(newRecord);
    }

    /** The workshop has just finished: the followers hear of {@code finished}, then the windows show none. */
    public void ended(WorkshopRecord finished) {
        tellFollowers(finished);
        clear();
    }

    /** Moves the clock on, for the timer's display. */
    public void tick(Instant at) {
        now.set(at);
    }

    /** The workshop has ended or was left: the windows show no workshop. */
    public void clear() {
        record.set(null);
        timer.set(null);
        for (BiConsumer<WorkshopRecord, CanvasContent> follower : List.copyOf(followers)) {
            follower.accept(null, null);
        }
    }

    private void tellFollowers(WorkshopRecord shown) {
        CanvasContent onCanvas = canvas.get();
        for (BiConsumer<WorkshopRecord, CanvasContent> follower : List.copyOf(followers)) {
            follower.accept(shown, onCanvas);
        }
    }
}
