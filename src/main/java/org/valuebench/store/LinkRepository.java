package org.valuebench.store;

import java.sql.Connection;
import java.util.List;
import org.valuebench.domain.FitLink;

/** Fit links between offering items and the customer items they answer. */
public final class LinkRepository {
    private final Jdbc jdbc;

    LinkRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    public List<FitLink> byCanvas(long canvasId) {
        return jdbc.query("""
                SELECT l.offering_item_id, l.customer_item_id FROM fit_link l
                JOIN item o ON o.id = l.offering_item_id
                WHERE o.canvas_id = ? ORDER BY l.offering_item_id, l.customer_item_id""",
                row -> new FitLink(row.getLong(1), row.getLong(2)), canvasId);
    }

    public List<FitLink> byItem(long itemId) {
        return jdbc.query("""
                SELECT offering_item_id, customer_item_id FROM fit_link
                WHERE offering_item_id = ? OR customer_item_id = ? ORDER BY 1, 2""",
                row -> new FitLink(row.getLong(1), row.getLong(2)), itemId, itemId);
    }

    public boolean exists(FitLink link) {
        return !jdbc.query("SELECT 1 FROM fit_link WHERE offering_item_id = ? AND customer_item_id = ?",
                row -> 1, link.offeringItemId(), link.customerItemId()).isEmpty();
    }

    /** Adds the link; adding one that exists changes nothing. */
    public void add(FitLink link) {
        jdbc.update("INSERT INTO fit_link (offering_item_id, customer_item_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                link.offeringItemId(), link.customerItemId());
    }

    /** Adds many links through one prepared statement; links that exist change nothing. */
    public void addAll(List<FitLink> links) {
        jdbc.updateAll("INSERT INTO fit_link (offering_item_id, customer_item_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                links.stream().map(l -> new Object[] {l.offeringItemId(), l.customerItemId()}).toList());
    }

    public void remove(FitLink link) {
        jdbc.update("DELETE FROM fit_link WHERE offering_item_id = ? AND customer_item_id = ?",
                link.offeringItemId(), link.customerItemId());
    }

    /** Removes every fit link of the canvas (a restored version brings its own). */
    public void removeAllOfCanvas(long canvasId) {
        jdbc.update("DELETE FROM fit_link WHERE offering_item_id IN (SELECT id FROM item WHERE canvas_id = ?)",
                canvasId);
    }
}
