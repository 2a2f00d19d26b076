package org.valuebench.app.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.domain.CanvasContent;

/**
 * Copies a canvas from one open workspace into another (a local file and a team workspace, either way), with its
 * feedback, competing factors and ratings, and workshops. It goes through the JSON exchange itself: the canvas is
 * written as the exchange file (with its feedback) and that file imported into the target, so a copy is exactly
 * what an export and an import by hand would give, checked the same way, and stored in one transaction as one
 * undoable step of the target. Both workbenches are opened and closed by the caller.
 */
public final class CanvasCopy {

    /** What the copy made in the target workspace. */
    public record Copied(long canvasId, String name, int items, long feedbackRecords, int workshops, String target) {

        /** One sentence for the status line and the command line. */
        public String summary() {
            return "Copied '" + name + "' to " + target + ": " + items + " items"
                    + (feedbackRecords > 0 ? ", " + String.format("%,d", feedbackRecords) + " feedback records" : "")
                    + (workshops > 0 ? ", " + workshops + (workshops == 1 ? " workshop" : " workshops") : "") + ".";
        }
    }

    private final Workbench source;

    public CanvasCopy(Workbench source) {
        this.source = source;
    }

    /**
     * Copies the canvas into {@code target} as a new canvas (never over an existing one).
     *
     * @throws AppException when the target is the source's own workspace or cannot be changed, or the canvas does
     *                      not exist; nothing is changed on either side then
     */
    public Copied copy(long canvasId, Workbench target) {
        String where = target.where();
        if (where.equals(source.where())) {
            throw new AppException("Cannot copy to " + where + ": it is the workspace the canvas is in"
                    + " (Duplicate makes a copy there)");
        }
        target.readOnlyReason().ifPresent(reason -> {
            throw new AppException("Cannot copy to " + where + ": " + reason);
        });
        String name = source.canvas(canvasId).canvas().name();
        Buffer json = new Buffer();
        new ExchangeUseCases(source).exportJson(canvasId, json, true);
        Change change = new ExchangeUseCases(target).importJson(json.asInput(), "the copy of '" + name + "'");
        CanvasContent copied = change.canvas().orElseThrow();
        long id = copied.canvas().id();
        return new Copied(id, copied.canvas().name(), copied.items().size(), new FeedbackUseCases(target).count(id),
                new WorkshopUseCases(target).workshops(id).size(), where);
    }

    /** The exchange file in memory, read back without copying the bytes once more. */
    private static final class Buffer extends ByteArrayOutputStream {
        InputStream asInput() {
            return new ByteArrayInputStream(buf, 0, count);
        }
    }
}
