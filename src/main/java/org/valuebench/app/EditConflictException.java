package org.valuebench.app;

import java.util.List;
import java.util.function.Supplier;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.Factor;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Rating;

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

    private final String what;
    private final transient Object mine;
    private final transient Object theirs;
    private final long theirVersion;
    private final long canvasId;
    /** For rows another package edits (factors, ratings): writes mine over theirs; null for items and canvases. */
    private final transient Supplier<Change> keepMine;

    private EditConflictException(String what, Object mine, Object theirs, long theirVersion, long canvasId,
                                  Supplier<Change> keepMine) {
        super("Someone else changed " + what + " since you read it; nothing was saved. Their version is kept"
                + " unless you write yours over it.");
        this.what = what;
        this.mine = mine;
        this.theirs = theirs;
        this.theirVersion = theirVersion;
        this.canvasId = canvasId;
        this.keepMine = keepMine;
    }

    private EditConflictException(String what, Object mine, Object theirs, long theirVersion, long canvasId) {
        this(what, mine, theirs, theirVersion, canvasId, null);
    }

    static EditConflictException ofItem(Item mine, Item theirs, long theirVersion) {
        return new EditConflictException("the item " + MessageText.quote(theirs.text()), mine, theirs, theirVersion,
                theirs.canvasId());
    }

    static EditConflictException ofCanvas(Canvas mine, Canvas theirs, long theirVersion) {
        return new EditConflictException("the details of the canvas " + MessageText.quote(theirs.name()), mine,
                theirs, theirVersion, theirs.id());
    }

    /**
     * A factor's edit refused; {@code keepMine} writes mine over theirs (the strategy use cases, which made the
     * edit, know how), for {@link Workbench#keepMine}.
     */
    public static EditConflictException ofFactor(Factor mine, Factor theirs, long theirVersion,
                                                 Supplier<Change> keepMine) {
        return new EditConflictException("the factor " + MessageText.quote(theirs.name()), mine, theirs, theirVersion,
                theirs.canvasId(), keepMine);
    }

    /**
     * A rating cell's edit refused ({@code theirVersion} 0: the colleague cleared it); named by its offer and factor
     * as the user knows them.
     */
    public static EditConflictException ofRating(Rating mine, Rating theirs, long theirVersion, long canvasId,
                                                 String offerName, String factorName, Supplier<Change> keepMine) {
        return new EditConflictException("the rating of " + MessageText.quote(offerName) + " on "
                + MessageText.quote(factorName), mine, theirs, theirVersion, canvasId, keepMine);
    }

    /** What was changed, as the message names it: "the item 'Fast checkout'", "the factor 'Price'", … */
    public String what() {
        return what;
    }

    /** Writes mine over theirs, for a factor or rating; see {@link Workbench#keepMine}. */
    Change keepMineOfStrategy() {
        return keepMine.get();
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

    /** True for a factor's edit (its name, four action or note). */
    public boolean isFactor() {
        return mine instanceof Factor;
    }

    /** True for a rating cell's edit (its score or note). */
    public boolean isRating() {
        return mine instanceof Rating;
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
        if (mine instanceof Factor m && theirs instanceof Factor t) {
            return List.of(new Field("Name", m.name(), t.name()),
                    new Field("Four actions", m.action().title(), t.action().title()),
                    new Field("Note", m.actionNote(), t.actionNote()));
        }
        if (mine instanceof Rating m && theirs instanceof Rating t) {
            return List.of(new Field("Rating", score(m), score(t)), new Field("Note", m.note(), t.note()));
        }
        Canvas m = (Canvas) mine;
        Canvas t = (Canvas) theirs;
        return List.of(new Field("Name", m.name(), t.name()), new Field("Customer segment", m.segment(), t.segment()),
                new Field("Offering", m.offering(), t.offering()), new Field("Notes", m.notes(), t.notes()));
    }

    private static String score(Rating rating) {
        return rating.isKnown() ? Integer.toString(rating.score()) : "";
    }

    private static String level(Item item) {
        if (item.isOffering()) {
            return item.promise() ? "promise, target " + item.promiseTarget() + " of " + Limits.MAX_LEVEL : "not a promise";
        }
        return item.importance() + " of " + Limits.MAX_LEVEL;
    }
}
