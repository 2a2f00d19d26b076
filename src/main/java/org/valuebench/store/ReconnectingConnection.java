package org.valuebench.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The team workspace's one connection, as the repositories hold it: a stand-in whose connection to the server is
 * replaced once the server is back after it dropped it, so the repositories keep working without being made anew.
 * The replacement happens on the thread that uses the connection, between transactions and only when the old
 * connection is really gone: a transaction is never split across two connections.
 */
final class ReconnectingConnection implements InvocationHandler {
    /** Gives a new connection to the same server, as the same user and session. */
    interface Source {
        Connection connect() throws SQLException;
    }

    private static final int VALID_SECONDS = 2;
    private final Source source;
    private final String where;
    private Connection delegate;
    private boolean inTransaction;
    private boolean closed;
    /** Set from the listening thread when the server is back, or here when a call found the connection gone. */
    private volatile boolean suspect;

    private ReconnectingConnection(Connection first, Source source, String where) {
        this.delegate = first;
        this.source = source;
        this.where = where;
    }

    /** The stand-in for {@code first}, and the handle to tell it the server may have dropped it. */
    static ReconnectingConnection over(Connection first, Source source, String where) {
        return new ReconnectingConnection(first, source, where);
    }

    Connection connection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                this);
    }

    /** The server was unreachable and is back: before its next use outside a transaction, check and reconnect. */
    void checkBeforeNextUse() {
        suspect = true;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "close" -> {
                closed = true;
                delegate.close();
                return null;
            }
            case "isClosed" -> {
                return closed || delegate.isClosed();
            }
            case "setAutoCommit" -> inTransaction = !((Boolean) args[0]);
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "team workspace connection " + delegate;
            }
            default -> {
            }
        }
        if (suspect && !inTransaction && !closed) {
            replaceIfGone();
        }
        Object result = call(delegate, method, args);
        if (result instanceof Statement statement && method.getReturnType().isInterface()) {
            // Statements fail where the connection does: they say so in the same words.
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                    (p, m, a) -> m.getName().equals("getConnection") ? proxy : call(statement, m, a));
        }
        return result;
    }

    private Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql && TeamFailures.connectionLost(sql)) {
                suspect = true;
                // Said here in the user's words, for reads and writes alike (the state kept, so callers still see
                // a lost connection).
                throw new SQLException("The connection to the team workspace " + where + " was lost ("
                        + firstLine(sql) + "). Nothing was changed; ValueBench reconnects once the server is back.",
                        sql.getSQLState(), sql);
            }
            throw cause;
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }

    private void replaceIfGone() throws SQLException {
        if (delegate.isValid(VALID_SECONDS)) {
            suspect = false;
            return;
        }
        Connection fresh;
        try {
            fresh = source.connect();
        } catch (SQLException e) {
            throw new SQLException("The connection to the team workspace " + where + " was lost and the server cannot"
                    + " be reached yet (" + firstLine(e) + "). Nothing was changed.", e.getSQLState(), e);
        }
        Connection old = delegate;
        delegate = fresh;
        suspect = false;
        try {
            old.close();
        } catch (SQLException e) {
            // The old connection is already gone with the server; closing it only frees what the driver kept.
            System.getLogger(ReconnectingConnection.class.getName()).log(System.Logger.Level.DEBUG,
                    "Closing a dropped connection failed", e);
        }
    }
}
