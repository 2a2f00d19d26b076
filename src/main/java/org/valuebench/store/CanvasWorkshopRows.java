package org.valuebench.store;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;

/**
 * Every workshop row of one canvas, as stored, and its versions (the history), so that undoing the canvas's
 * deletion brings its workshops and versions back with the same ids (the foreign keys would otherwise cascade
 * them away for good). Tables in the order their rows may be inserted again.
 */
public final class CanvasWorkshopRows {
    private static final String OF_CANVAS = "workshop_id IN (SELECT id FROM workshop WHERE canvas_id = ?)";
    private static final String[][] TABLES = {
        {"workshop", "canvas_id = ?"},
        {"agenda_step", OF_CANVAS},
        {"workshop_participant", OF_CANVAS},
        {"vote", OF_CANVAS},
        {"contribution", "step_id IN (SELECT s.id FROM agenda_step s JOIN workshop w ON w.id = s.workshop_id"
                + " WHERE w.canvas_id = ?)"},
        {"dot", "vote_id IN (SELECT v.id FROM vote v JOIN workshop w ON w.id = v.workshop_id"
                + " WHERE w.canvas_id = ?)"},
        {"decision", OF_CANVAS},
        {"workshop_plan", "canvas_id = ?"},
        {"workshop_plan_step", "canvas_id = ?"},
        {"canvas_version", "canvas_id = ?"},
    };
    /** The first tables of {@link #TABLES}: the workshops themselves. */
    private static final int WORKSHOP_TABLES = 7;
    private final List<Table> tables;

    private record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    private CanvasWorkshopRows(List<Table> tables) {
        this.tables = tables;
    }

    /** Reads the rows; call before the canvas is deleted. */
    static CanvasWorkshopRows read(Jdbc jdbc, long canvasId) {
        return read(jdbc, canvasId, TABLES.length);
    }

    /** Reads the rows of the workshops alone (not the saved plan, not the versions): a restore replaces those. */
    static CanvasWorkshopRows readWorkshops(Jdbc jdbc, long canvasId) {
        return read(jdbc, canvasId, WORKSHOP_TABLES);
    }

    private static CanvasWorkshopRows read(Jdbc jdbc, long canvasId, int tableCount) {
        List<Table> tables = new ArrayList<>();
        for (String[] table : java.util.Arrays.copyOf(TABLES, tableCount)) {
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = jdbc.query("SELECT * FROM " + table[0] + " WHERE " + table[1], r -> {
                ResultSetMetaData meta = r.getMetaData();
                if (columns.isEmpty()) {
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.add(meta.getColumnName(i));
                    }
                }
                Object[] row = new Object[meta.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                return row;
            }, canvasId);
            tables.add(new Table(table[0], columns, rows));
        }
        return new CanvasWorkshopRows(tables);
    }

    /** Inserts the rows again; call after the canvas and its items are back with their ids. */
    void restore(Jdbc jdbc) {
        for (Table table : tables) {
            if (table.rows().isEmpty()) {
                continue;
            }
            String marks = String.join(", ", java.util.Collections.nCopies(table.columns().size(), "?"));
            jdbc.insertAll("INSERT INTO " + table.name() + " (" + String.join(", ", table.columns()) + ") VALUES ("
                    + marks + ")", table.rows());
        }
    }

    public boolean isEmpty() {
        return tables.stream().allMatch(t -> t.rows().isEmpty());
    }
}
