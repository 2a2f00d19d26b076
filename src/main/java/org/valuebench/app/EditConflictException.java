package org.valuebench.app;

import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;

/**
 * An edit refused because the row changed since the user read it (a colleague on the same team workspace, or
 * another window on the same file). Nothing was written. Carries both versions, the user's ({@link #mine}) and the
 * stored one ({@link #theirs}), so the user can choose: {@link Workbench#keepMine} or {@link Workbench#keepTheirs}.
 */
public final class EditConflictException extends AppException {
    private static final long serialVersionUID = 1L;

    /** One field of the row as the two versions have it; {@code differs} when they do not agree. */
    public record Field(String label, String mine, String theirs) {
        public boolean differs() {
            return !mine.equals(theirs);
        }
    }

    private final transient Object mine;
    private final transient Object theirs;
    private final long theirVersion;
    private final long canvasId;

    private EditConflictException(String what, Object mine, Object theirs, long theirVersion, long canvasId) {
        super("Someone else changed " + what + " since you read it; nothing was saved. Their version is kept"
                + " unless you write yours over it.");
        this.mine = mine;
        this.theirs = theirs;
        this.theirVersion = theirVersion;
        this.canvasId = canvasId;
    }

    static EditConflictException ofItem(Item mine, Item theirs, long theirVersion) {
        return new EditConflictException("the item " + MessageText.quote(theirs.text()), mine, theirs, theirVersion,
                theirs.canvasId());
    }

    static EditConflictException ofCanvas(Canvas mine, Canvas theirs, long theirVersion) {
        return new EditConflictException("the details of the canvas " + MessageText.quote(theirs.name()), mine,
                theirs, theirVersion, theirs.id());
    }

    /** The user's version, as the edit would have written it. */
    public <T> T mine(Class<T> type) {
        return type.cast(mine);
    }

    /** The version stored now, a colleague's. */
    public <T> T theirs(Class<T> type) {
        return type.cast(theirs);
    }

    /** True for an item's edit, false for a canvas's details. */
    public boolean isItem() {
        return mine instanceof Item;
    }

    /** The canvas the row belongs to (or is). */
    public long canvasId() {
        return canvasId;
    }

    long theirVersion() {
        return theirVersion;
    }

    /** What the dialog shows side by side: every field the edit can change, in both versions. */
    public List<Field> fields() {
        if (mine instanceof Item m && theirs instanceof Item t) {
            return List.of(new Field("Text", m.text(), t.text()), new Field("Notes", m.notes(), t.notes()),
                    new Field("Colour", m.colour().name().toLowerCase(), t.colour().name().toLowerCase()),
                    new Field("Author", m.author(), t.author()),
                    new Field(m.isOffering() ? "Promise" : "Importance", level(m), level(t)));
        }
        Canvas m = (Canvas) mine;
        Canvas t = (Canvas) theirs;
        return List.of(new Field("Name", m.name(), t.name()), new Field("Customer segment", m.segment(), t.segment()),
                new Field("Offering", m.offering(), t.offering()), new Field("Notes", m.notes(), t.notes()));
    }

    private static String level(Item item) {
        if (item.isOffering()) {
            return item.promise() ? "promise, target " + item.promiseTarget() + " of " + Limits.MAX_LEVEL : "not a promise";
        }
        return item.importance() + " of " + Limits.MAX_LEVEL;
    }
}
