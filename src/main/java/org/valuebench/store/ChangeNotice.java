package org.valuebench.store;

/**
 * One change announced in a team workspace: its place in the change log, the canvas it changed (0 for none left to
 * show, such as a deleted canvas), what it was (the edit's label) and the session (one open workspace) that made it.
 */
public record ChangeNotice(long seq, long canvasId, String what, String session) {
    /** The notification's payload: "seq canvas session what" (the label last, as it may hold spaces). */
    String payload() {
        return seq + " " + canvasId + " " + session + " " + what;
    }

    /** Reads a payload written by {@link #payload()}. */
    static ChangeNotice parse(String payload) {
        String[] parts = payload.split(" ", 4);
        if (parts.length < 4) {
            throw new StoreException("A change notice of an unknown form was received: " + payload);
        }
        try {
            return new ChangeNotice(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[3], parts[2]);
        } catch (NumberFormatException e) {
            throw new StoreException("A change notice of an unknown form was received: " + payload, e);
        }
    }
}
