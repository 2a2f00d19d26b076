package org.valuebench.app.join;

import java.util.function.Function;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;

/**
 * Runs a participant's action on the thread that owns the workbench, in order with the facilitator's edits, as
 * one of the window's edits (so it joins the one undo history and the window shows it). The window's database
 * thread in the app; the calling thread, synchronised, in tests and benchmarks.
 */
public interface WorkshopAccess {

    /**
     * Runs {@code action} there and returns its change once it is committed.
     *
     * @throws org.valuebench.app.AppException what the use case refused (nothing changed), or that the window did
     *     not take the action in time
     */
    WorkshopChange act(Function<WorkshopActions, WorkshopChange> action);

    /** Reads there, in order with the edits. */
    <T> T read(Function<WorkshopActions, T> query);
}
