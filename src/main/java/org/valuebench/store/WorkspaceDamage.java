package org.valuebench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds out whether a workspace file is damaged, with SQLite's own quick_check, and words what the user can do
 * about it: go back to the newest backup beside the file, or copy what can still be read into a new workspace.
 * quick_check reads every page, so it runs only where damage is suspected or before a big write.
 */
final class WorkspaceDamage {
    private static final int MAX_FINDING = 80;
    private static final String BACKUP_INFIX = ".before-migration-";
    private static final String BACKUP_SUFFIX = ".bak";

    private WorkspaceDamage() {
    }

    /** SQLite's first finding on the file's pages and indexes, or empty when it finds them sound. */
    static Optional<String> quickCheck(Connection connection, Path file) {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery("PRAGMA quick_check(5)")) {
            while (rows.next()) {
                String found = rows.getString(1);
                if ("ok".equals(found)) {
                    return Optional.empty();
                }
                // A finding may start with a "*** in database main ***" line of its own.
                for (String line : String.valueOf(found).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("***")) {
                        return Optional.of("SQLite's check found: " + cut(line.strip()));
                    }
                }
            }
            return Optional.of("SQLite's check found it unsound");
        } catch (SQLException e) {
            if (SqliteFailures.classify(e) == SqliteFailures.Kind.DAMAGED) {
                return Optional.of("SQLite cannot read even the list of its tables");
            }
            throw new StoreException("Cannot check " + file + " for damage: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the list of tables, which SQLite otherwise reads only at the first query, so a damaged start of the
     * file is found at open rather than halfway through a command; returns the advice when it is damaged.
     */
    static Optional<String> schemaDamage(Connection connection, Path file) {
        try (Statement s = connection.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rows.next();
            return Optional.empty();
        } catch (SQLException e) {
            if (SqliteFailures.classify(e) != SqliteFailures.Kind.DAMAGED) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            return Optional.of(advice(file, quickCheck(connection, file)
                    .orElse("SQLite cannot read the list of its tables")));
        }
    }

    /** What to tell the user about a damaged workspace: which file, what was found, and the two ways out. */
    static String advice(Path file, String finding) {
        StringBuilder text = new StringBuilder(file.toString()).append(" is damaged (").append(finding)
                .append("), so ValueBench will not write to it. ");
        Optional<Path> backup = newestBackup(file);
        if (backup.isPresent()) {
            text.append("To go back to the newest backup, close ValueBench and copy ").append(backup.get())
                    .append(" over it (what changed since that backup is lost). ");
        } else {
            text.append("There is no backup beside it (").append(file.getFileName()).append(BACKUP_INFIX)
                    .append("*").append(BACKUP_SUFFIX).append("). ");
        }
        return text.append("To copy what can still be read into a new workspace, run: valuebench recover ")
                .append(quoted(file)).append(" -o NEW.db").toString();
    }

    /** The newest copy kept before a migration; its name ends with the time it was made, so names sort by age. */
    static Optional<Path> newestBackup(Path file) {
        Path folder = file.getParent();
        String prefix = file.getFileName() + BACKUP_INFIX;
        if (folder == null) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(BACKUP_SUFFIX) && Files.isRegularFile(p);
            }).max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            // The advice still stands without naming a backup: a folder we cannot list holds none we could name.
            return Optional.empty();
        }
    }

    private static String quoted(Path file) {
        String text = file.toString();
        return text.matches("[\\w./\\\\:+@%,=-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static String cut(String text) {
        return text.length() <= MAX_FINDING ? text : text.substring(0, MAX_FINDING - 1) + "…";
    }
}
