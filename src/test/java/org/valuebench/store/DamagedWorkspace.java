package org.valuebench.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.valuebench.app.Workbench;
import org.valuebench.app.workspace.WorkbenchOpener;
import org.valuebench.app.workspace.WorkspaceLocation;

/**
 * Real workspaces, damaged the way a failing disk or a stray write damages them: bytes of one page overwritten
 * while the file is closed, so SQLite itself finds the damage.
 */
public final class DamagedWorkspace {
    private static final int SQLITE_HEADER = 100;

    private DamagedWorkspace() {
    }

    /** A closed workspace at {@code file} holding the sample canvases and their feedback (a few hundred records). */
    public static Path withSampleFeedback(Path file, Clock clock) {
        Path home = file.resolveSibling(file.getFileName() + ".home");
        WorkspaceLocation seeded = WorkspaceLocation.resolve(null, Map.of(), "Linux", home);
        try (Workbench workbench = new WorkbenchOpener(clock).open(seeded, false)) {
            workbench.library();
        }
        try {
            Files.move(seeded.file(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** A leaf page of the feedback table and the records on it. */
    public record Page(long number, int records) {
    }

    /**
     * Overwrites the b-tree header of a leaf page of the feedback table in the middle of the table, so that page
     * cannot be read (integrity_check fails) while the file's header and schema stay sound.
     */
    public static Page damageFeedbackLeaf(Path file) {
        long pageSize;
        Page page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            pageSize = single(s, "PRAGMA page_size");
            try (ResultSet leaves = s.executeQuery("SELECT pageno, ncell FROM dbstat WHERE name = 'feedback'"
                    + " AND pagetype = 'leaf' ORDER BY pageno")) {
                java.util.List<Page> all = new java.util.ArrayList<>();
                while (leaves.next()) {
                    all.add(new Page(leaves.getLong(1), leaves.getInt(2)));
                }
                if (all.size() < 3) {
                    throw new IllegalStateException("The feedback table has too few pages to damage one in the middle");
                }
                page = all.get(all.size() / 2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        overwrite(file, (page.number() - 1) * pageSize, 64);
        return page;
    }

    /** Overwrites page 1 just after the 100-byte file header: the table of tables can no longer be read. */
    public static void damageSchemaPage(Path file) {
        overwrite(file, SQLITE_HEADER, 16);
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void overwrite(Path file, long offset, int length) {
        byte[] junk = new byte[length];
        Arrays.fill(junk, (byte) 0xFF);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            raf.write(junk);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
