package org.valuebench.store;

import java.sql.Connection;
import java.util.Optional;

/** Per-workspace key/value state, such as the canvas shown last. */
public final class SettingRepository {
    private final Jdbc jdbc;

    SettingRepository(Connection connection) {
        this.jdbc = new Jdbc(connection);
    }

    public Optional<String> get(String key) {
        return jdbc.query("SELECT value FROM setting WHERE key = ?", row -> row.getString(1), key).stream().findFirst();
    }

    public void put(String key, String value) {
        jdbc.update("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
