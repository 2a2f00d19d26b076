package org.valuebench.store;

import java.sql.SQLException;
import org.valuebench.domain.MessageText;

/**
 * What a PostgreSQL failure means for the user, from its SQLSTATE: the server out of reach, a refused sign-in,
 * a missing database, no right to write.
 */
final class TeamFailures {
    private TeamFailures() {
    }

    /** True when the failure means the connection to the server is gone (class 08, or the server shutting down). */
    static boolean connectionLost(Throwable failure) {
        String state = state(failure);
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** True when the server refused because the user lacks a privilege. */
    static boolean notPermitted(Throwable failure) {
        return state(failure).equals("42501");
    }

    /** The sentence for a failure to connect to {@code where}. */
    static StoreException cannotConnect(String where, SQLException e) {
        String state = state(e);
        String reason;
        if (state.equals("28P01") || state.equals("28000")) {
            reason = "the server refused the sign-in (" + firstLine(e) + "). Check the user and password; a password"
                    + " may also come from PGPASSWORD or the pgpass file";
        } else if (state.equals("08004") && firstLine(e).contains("no password was provided")) {
            // The driver's own refusal before the server can check anything: it reports a rejected connection.
            reason = "the server asks for a password and none was given. Give it when connecting, in PGPASSWORD or"
                    + " in the pgpass file (PGPASSFILE, else ~/.pgpass)";
        } else if (state.equals("3D000")) {
            reason = "there is no such database on the server. An administrator creates it (see docs/team-workspace.md)";
        } else if (state.startsWith("08")) {
            reason = "the server cannot be reached (" + firstLine(e) + ")";
        } else {
            reason = firstLine(e);
        }
        return new StoreException("Cannot open the team workspace " + where + ": " + reason + ". Nothing was changed.",
                e);
    }

    /** The sentence for a write that failed on the server; nothing of it was written (it ran in one transaction). */
    static StoreException failedWrite(String where, Exception e) {
        if (connectionLost(e)) {
            return new ConnectionLostException(where, e);
        }
        if (notPermitted(e)) {
            return new StoreException("The server does not let you change the team workspace " + where + " ("
                    + firstLine(e) + "). Nothing was written.", e);
        }
        return new StoreException("Cannot write to the team workspace " + where + ": " + firstLine(e), e);
    }

    /** The refusal of text holding NUL (U+0000), which PostgreSQL's text cannot store; names the text. */
    static StoreException nulRefused(String text) {
        return new StoreException("A team workspace cannot hold the character NUL (U+0000), which is in "
                + MessageText.quote(text) + ". Remove it and try again; nothing was written.");
    }

    private static String state(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
