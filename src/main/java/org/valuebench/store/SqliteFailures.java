package org.valuebench.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Sorts the SQLite failures a user must hear about in words of their own from the rest: a damaged file, and a
 * full disk. SQLite reports a full disk in several ways: SQLITE_FULL, a failed write (SQLITE_IOERR_WRITE and
 * kin), or, when it rolled the transaction back by itself after one of those, only as "cannot commit - no
 * transaction is active" from the commit that follows.
 */
final class SqliteFailures {
    enum Kind { DAMAGED, DISK_FULL, OTHER }

    private static final int PRIMARY_CODE = 0xff;
    private static final Set<Integer> WRITE_ERRORS = Set.of(SQLiteErrorCode.SQLITE_IOERR_WRITE.code,
            SQLiteErrorCode.SQLITE_IOERR_FSYNC.code, SQLiteErrorCode.SQLITE_IOERR_DIR_FSYNC.code,
            SQLiteErrorCode.SQLITE_IOERR_TRUNCATE.code, SQLiteErrorCode.SQLITE_IOERR_SHMSIZE.code);

    private SqliteFailures() {
    }

    /** What went wrong, judged from {@code failure} and every exception it carries as cause or suppressed. */
    static Kind classify(Throwable failure) {
        Kind kind = Kind.OTHER;
        for (Throwable t : chain(failure)) {
            Kind found = t instanceof SQLException e ? classify(e) : Kind.OTHER;
            if (found == Kind.DAMAGED) {
                return found;
            }
            if (found == Kind.DISK_FULL) {
                kind = found;
            }
        }
        return kind;
    }

    private static Kind classify(SQLException e) {
        // getErrorCode() holds only the primary code; the extended one (which write failed) is the result code.
        int code = e instanceof SQLiteException sqlite && sqlite.getResultCode() != null
                ? sqlite.getResultCode().code : e.getErrorCode();
        int primary = code & PRIMARY_CODE;
        String message = String.valueOf(e.getMessage());
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code
                || message.contains("[SQLITE_CORRUPT") || message.contains("[SQLITE_NOTADB")) {
            return Kind.DAMAGED;
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || WRITE_ERRORS.contains(code)
                || message.contains("database or disk is full") || message.contains("[SQLITE_IOERR_WRITE")
                || message.contains("cannot commit - no transaction is active")) {
            return Kind.DISK_FULL;
        }
        return Kind.OTHER;
    }

    private static Set<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        collect(failure, seen);
        return seen;
    }

    private static void collect(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        collect(t.getCause(), seen);
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, seen);
        }
    }
}
