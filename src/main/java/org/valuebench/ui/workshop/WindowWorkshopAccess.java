package org.valuebench.ui.workshop;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.valuebench.app.AppException;
import org.valuebench.app.join.WorkshopAccess;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * A participant's action from the room's threads, run as one edit of the window: the console hands it to the
 * database thread in order with the facilitator's edits, the editor and the session show the committed change
 * (and the undo menu offers it), and the calling thread gets the change back once it is committed: the answer is
 * completed on the database thread inside the edit, not after the window has drawn it. A window that does not
 * take the action within the wait (a long import in front of it, say) is said plainly; the action then no longer
 * runs, so a retry cannot add it twice.
 */
public final class WindowWorkshopAccess implements WorkshopAccess {
    static final String TOO_LATE = "The facilitator's window did not take it in time; try again";
    private final WorkshopViewModel console;
    private final WorkbenchViewModel workbench;
    private final Consumer<Runnable> toFxThread;
    private final BooleanSupplier onFxThread;
    private final Duration wait;

    /**
     * @param toFxThread {@code Platform::runLater} in the window
     * @param onFxThread {@code Platform::isFxApplicationThread}: waiting there would block the very thread the
     *                   action needs, so it is refused
     */
    public WindowWorkshopAccess(WorkshopViewModel console, WorkbenchViewModel workbench, Consumer<Runnable> toFxThread,
                                BooleanSupplier onFxThread, Duration wait) {
        this.console = console;
        this.workbench = workbench;
        this.toFxThread = toFxThread;
        this.onFxThread = onFxThread;
        this.wait = wait;
    }

    @Override
    public WorkshopChange act(Function<WorkshopActions, WorkshopChange> action) {
        refuseOnFxThread();
        CompletableFuture<WorkshopChange> answer = new CompletableFuture<>();
        toFxThread.accept(() -> console.act(t -> answered(answer, () -> action.apply(t)),
                error -> refused(answer, error)));
        return await(answer);
    }

    @Override
    public <T> T read(Function<WorkshopActions, T> query) {
        refuseOnFxThread();
        CompletableFuture<T> answer = new CompletableFuture<>();
        toFxThread.accept(() -> console.read(t -> answered(answer, () -> query.apply(t)),
                error -> answer.completeExceptionally(error)));
        return await(answer);
    }

    private void refuseOnFxThread() {
        if (onFxThread.getAsBoolean()) {
            throw new IllegalStateException("WorkshopAccess waits for the JavaFX thread; never call it there");
        }
    }

    /** Database thread: runs the work unless the caller has stopped waiting, and answers with what it did. */
    private static <T> T answered(CompletableFuture<T> answer, java.util.function.Supplier<T> work) {
        if (answer.isDone()) {
            throw new AppException(TOO_LATE);
        }
        try {
            T result = work.get();
            answer.complete(result);
            return result;
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            throw e;
        }
    }

    /** JavaFX thread: the device is told why; the facilitator sees it in the status bar, not in an alert. */
    private void refused(CompletableFuture<WorkshopChange> answer, RuntimeException error) {
        answer.completeExceptionally(error);
        workbench.notice("Not taken from a participant's device: " + WorkbenchViewModel.messageOf(error));
    }

    private <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Cancelled, so the database thread skips it if it gets there later.
            answer.cancel(false);
            throw new AppException(TOO_LATE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new AppException(TOO_LATE, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AppException("The workshop could not take it: " + e.getCause(), e.getCause());
        }
    }
}
