package org.valuebench.store;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where a team workspace is: a PostgreSQL server, a database on it and the user to sign in as, with the driver's
 * options (such as {@code sslmode}). Holds no password: {@link #toString()} is what may be remembered and shown.
 *
 * @param options the driver's connection options from the URL, such as sslmode, in the order given
 */
public record TeamServer(String host, int port, String database, String user, Map<String, String> options) {
    public static final int DEFAULT_PORT = 5432;
    private static final String[] SCHEMES = {"postgresql://", "postgres://", "jdbc:postgresql://"};

    public TeamServer {
        require(host, "host");
        require(database, "database");
        require(user, "user");
        if (port < 1 || port > 65_535) {
            throw new StoreException("The port of a team workspace must be between 1 and 65535, not " + port);
        }
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new StoreException("A team workspace needs a " + what + ", as in postgresql://user@host:5432/database");
        }
    }

    /** A team server's address and a password given in it (which is used for the session, never remembered). */
    public record Parsed(TeamServer server, Optional<String> password) {
    }

    /** True when {@code location} names a PostgreSQL server rather than a file. */
    public static boolean isAddress(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        for (String scheme : SCHEMES) {
            if (lower.startsWith(scheme)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads {@code postgresql://user@host:port/database?sslmode=require} (also {@code postgres://} and the driver's
     * {@code jdbc:postgresql://}). Missing parts default as PostgreSQL's own tools do: the port to 5432, the user to
     * {@code defaultUser}, the database to the user's name.
     */
    public static Parsed parse(String url, String defaultUser) {
        String text = url.strip();
        String rest = null;
        for (String scheme : SCHEMES) {
            if (text.toLowerCase(Locale.ROOT).startsWith(scheme)) {
                rest = text.substring(scheme.length());
                break;
            }
        }
        if (rest == null) {
            throw new StoreException("'" + text + "' is not a PostgreSQL address: it should start with postgresql://");
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String path = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String login = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = login.indexOf(':');
            user = decode(colon >= 0 ? login.substring(0, colon) : login);
            password = colon >= 0 ? decode(login.substring(colon + 1)) : null;
        }
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && !rest.endsWith("]")) {
            host = rest.substring(0, colon);
            port = port(rest.substring(colon + 1), text);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair);
            String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
            switch (key) {
                case "password" -> password = value;
                case "user" -> user = value;
                default -> options.put(key, value);
            }
        }
        String who = user == null || user.isBlank() ? defaultUser : user;
        String database = path.isBlank() ? who : decode(path);
        return new Parsed(new TeamServer(host.isBlank() ? "localhost" : host, port, database, who, options),
                Optional.ofNullable(password));
    }

    private static int port(String text, String url) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new StoreException("The port in '" + url + "' is not a number: '" + text + "'");
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The driver's URL: the address and the options, without user or password (those go as properties). */
    String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port)
                .append('/').append(encode(database));
        appendOptions(url);
        return url.toString();
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private void appendOptions(StringBuilder url) {
        char separator = '?';
        for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
            url.append(separator).append(encode(option.getKey())).append('=').append(encode(option.getValue()));
            separator = '&';
        }
    }

    /** The address as a user types it, with the user and options and never a password: safe to show and keep. */
    @Override
    public String toString() {
        StringBuilder url = new StringBuilder("postgresql://").append(encode(user)).append('@').append(hostForUrl())
                .append(':').append(port).append('/').append(encode(database));
        appendOptions(url);
        return url.toString();
    }
}
