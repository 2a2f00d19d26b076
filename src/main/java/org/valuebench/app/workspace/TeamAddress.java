package org.valuebench.app.workspace;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.valuebench.store.StoreException;
import org.valuebench.store.TeamServer;

/**
 * A team workspace's address and, for this session only, the password to sign in with. The password is never part
 * of {@link #toString()}, never written anywhere by ValueBench and never put into a message; without one the
 * driver reads PostgreSQL's pgpass file ({@code PGPASSFILE}, else {@code ~/.pgpass}), as every PostgreSQL client
 * does.
 */
public final class TeamAddress {
    /** The variables every PostgreSQL client reads: the user to sign in as, and a password. */
    public static final String USER_VARIABLE = "PGUSER";
    public static final String PASSWORD_VARIABLE = "PGPASSWORD";

    private final TeamServer server;
    private final char[] password;

    TeamAddress(TeamServer server, char[] password) {
        this.server = Objects.requireNonNull(server, "server");
        this.password = password == null ? null : password.clone();
    }

    /** True when {@code value} is a PostgreSQL address (postgresql://, postgres://, jdbc:postgresql://). */
    public static boolean isAddress(String value) {
        return TeamServer.isAddress(value);
    }

    /**
     * Reads an address as the user typed it. The password is the one inside the address, else PGPASSWORD from
     * {@code env}, else none; the user is the one inside, else PGUSER, else the system's user name.
     *
     * @param source where it was typed ("--db", "VALUEBENCH_DB", "the address"), for the message
     * @throws WorkspaceLocationException naming the source and the address without its password
     */
    public static TeamAddress parse(String value, String source, Map<String, String> env) {
        String defaultUser = Optional.ofNullable(env.get(USER_VARIABLE)).filter(u -> !u.isBlank())
                .orElse(System.getProperty("user.name", ""));
        try {
            // Read once with the password masked, so a refusal can quote the address without it.
            String masked = TeamAddressText.masked(value);
            TeamServer.parse(masked, defaultUser);
            TeamServer.Parsed parsed = parseWithoutQuoting(value, masked, defaultUser);
            String password = parsed.password().orElse(env.get(PASSWORD_VARIABLE));
            return new TeamAddress(parsed.server(), password == null ? null : password.toCharArray());
        } catch (StoreException e) {
            throw new WorkspaceLocationException(source + ": " + e.getMessage());
        }
    }

    /** The address read as typed; a refusal quotes only the masked text (a password with a raw '/' or '@'). */
    private static TeamServer.Parsed parseWithoutQuoting(String value, String masked, String defaultUser) {
        try {
            return TeamServer.parse(value, defaultUser);
        } catch (StoreException e) {
            throw new StoreException("'" + masked + "' is not a PostgreSQL address that can be read: characters such"
                    + " as / @ : ? in the user or password must be written percent-encoded (%2F %40 %3A %3F)", e);
        }
    }

    /** The address from the connection dialog's fields; {@code options} are the driver's, such as sslmode. */
    public static TeamAddress of(String host, int port, String database, String user, Map<String, String> options,
                                 char[] password) {
        try {
            return new TeamAddress(new TeamServer(host.strip(), port, database.strip(), user.strip(), options),
                    password == null || password.length == 0 ? null : password);
        } catch (StoreException e) {
            throw new WorkspaceLocationException(e.getMessage());
        }
    }

    /** This address with a password typed for the session (null or empty: none). */
    public TeamAddress withPassword(char[] typed) {
        return new TeamAddress(server, typed == null || typed.length == 0 ? null : typed);
    }

    public TeamServer server() {
        return server;
    }

    public String host() {
        return server.host();
    }

    public int port() {
        return server.port();
    }

    public String database() {
        return server.database();
    }

    public String user() {
        return server.user();
    }

    /** The driver's options given with the address, such as sslmode and sslrootcert. */
    public Map<String, String> options() {
        return server.options();
    }

    /** The password for this session, if one was given; empty means the pgpass file. */
    public Optional<String> password() {
        return password == null ? Optional.empty() : Optional.of(new String(password));
    }

    /** A copy of the password for the driver, or null. */
    char[] passwordChars() {
        return password == null ? null : password.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TeamAddress that && server.equals(that.server)
                && Arrays.equals(password, that.password);
    }

    @Override
    public int hashCode() {
        return server.hashCode();
    }

    /** The address without a password: safe to show and to remember. */
    @Override
    public String toString() {
        return server.toString();
    }
}
