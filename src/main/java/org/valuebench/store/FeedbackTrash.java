package org.valuebench.store;

/**
 * Feedback kept aside through an undoable delete of its promise or canvas: the delete cascades to the records,
 * so they are copied into {@code feedback_trash} (and the imports into {@code feedback_import_trash}) first, as
 * one parcel an undo puts back.
 */
final class FeedbackTrash {
    private final Jdbc jdbc;
    private final RunningSums sums;

    FeedbackTrash(Jdbc jdbc, RunningSums sums) {
        this.jdbc = jdbc;
        this.sums = sums;
    }

    /**
     * Copies the feedback of the promise aside before the promise is deleted (which deletes the feedback with
     * it); {@link #unpark} brings it back after the promise is restored. Returns the parcel's id.
     */
    long parkPromise(long promiseItemId) {
        long trashId = nextTrashId();
        jdbc.update("INSERT INTO feedback_trash (trash_id, " + FeedbackRepository.COLUMNS + ") SELECT ?, " + FeedbackRepository.COLUMNS
                + " FROM feedback WHERE promise_item_id = ?", trashId, promiseItemId);
        return trashId;
    }

    /** Copies a canvas's feedback and imports aside before the canvas is deleted; see {@link #parkPromise}. */
    long parkCanvas(long canvasId) {
        long trashId = nextTrashId();
        jdbc.update("INSERT INTO feedback_import_trash (trash_id, " + FeedbackRepository.IMPORT_COLUMNS + ") SELECT ?, " + FeedbackRepository.IMPORT_COLUMNS
                + " FROM feedback_import WHERE canvas_id = ?", trashId, canvasId);
        jdbc.update("INSERT INTO feedback_trash (trash_id, " + FeedbackRepository.COLUMNS + ") SELECT ?, " + FeedbackRepository.COLUMNS
                + " FROM feedback WHERE canvas_id = ?", trashId, canvasId);
        return trashId;
    }

    /** Puts parked feedback back (its promise and canvas must exist again) and adds it to the sums. */
    void unpark(long trashId) {
        jdbc.update("INSERT INTO feedback_import (" + FeedbackRepository.IMPORT_COLUMNS + ") SELECT " + FeedbackRepository.IMPORT_COLUMNS
                + " FROM feedback_import_trash WHERE trash_id = ? ON CONFLICT DO NOTHING", trashId);
        // Only records not already back count: ON CONFLICT DO NOTHING skips those.
        sums.add("feedback_trash", "trash_id = ? AND NOT EXISTS (SELECT 1 FROM feedback AS f"
                + " WHERE f.id = feedback_trash.id)", 1, trashId);
        jdbc.update("INSERT INTO feedback (" + FeedbackRepository.COLUMNS + ") SELECT " + FeedbackRepository.COLUMNS
                + " FROM feedback_trash WHERE trash_id = ? ON CONFLICT DO NOTHING", trashId);
        discard(trashId);
    }

    void discard(long trashId) {
        jdbc.update("DELETE FROM feedback_trash WHERE trash_id = ?", trashId);
        jdbc.update("DELETE FROM feedback_import_trash WHERE trash_id = ?", trashId);
        if (team()) {
            jdbc.update("DELETE FROM feedback_parcel WHERE trash_id = ?", trashId);
        }
    }

    /** Drops every parcel: the undo history that could restore them lives only as long as a session. */
    void emptyTrash() {
        jdbc.update("DELETE FROM feedback_trash");
        jdbc.update("DELETE FROM feedback_import_trash");
    }

    /**
     * Drops the parcels of a team workspace parked before {@code days} days ago: a colleague's window may still
     * undo a recent delete, and no undo history lasts that long.
     */
    void dropParcelsOlderThan(int days) {
        String old = "SELECT trash_id FROM feedback_parcel WHERE parked_at < now() - make_interval(days => ?)";
        jdbc.update("DELETE FROM feedback_trash WHERE trash_id IN (" + old + ")", days);
        jdbc.update("DELETE FROM feedback_import_trash WHERE trash_id IN (" + old + ")", days);
        jdbc.update("DELETE FROM feedback_parcel WHERE parked_at < now() - make_interval(days => ?)", days);
    }

    private boolean team() {
        return jdbc.dialect() == SqlDialect.POSTGRESQL;
    }

    /** A number no parked set uses; on a team server the next parcel's, as two people may park at the same moment. */
    private long nextTrashId() {
        String sql = team() ? "INSERT INTO feedback_parcel DEFAULT VALUES RETURNING trash_id" : """
                SELECT coalesce(max(trash_id), 0) + 1 FROM (SELECT trash_id FROM feedback_trash
                                                          UNION ALL SELECT trash_id FROM feedback_import_trash) AS parked""";
        return jdbc.query(sql, row -> row.getLong(1)).get(0);
    }
}
