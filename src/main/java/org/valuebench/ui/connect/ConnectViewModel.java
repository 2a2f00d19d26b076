package org.valuebench.ui.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.valuebench.app.workspace.TeamAddress;
import org.valuebench.app.workspace.WorkspaceLocationException;

/**
 * What the connect dialog asks, as the user types it: either the fields (host, port, database, user, TLS) or one
 * address, and a password. {@link #address()} reads them into a team address, or says what is wrong.
 */
public final class ConnectViewModel {
    /** The driver's sslmode values offered; "" leaves it to the driver (prefer) or to the address. */
    public static final List<String> SSL_MODES = List.of("", "disable", "require", "verify-ca", "verify-full");
    private static final String SSL_MODE = "sslmode";

    private final BooleanProperty useAddress = new SimpleBooleanProperty(this, "useAddress", false);
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(5432));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final ObjectProperty<String> sslMode = new SimpleObjectProperty<>(this, "sslMode", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    /** Options of the suggested address the fields do not show (sslrootcert, say), kept as they were. */
    private final Map<String, String> otherOptions = new LinkedHashMap<>();
    private final Map<String, String> env;

    /** @param env the environment, for PGUSER when the address names no user */
    public ConnectViewModel(Map<String, String> env) {
        this.env = env;
        user.set(Optional.ofNullable(env.get(TeamAddress.USER_VARIABLE)).orElse(System.getProperty("user.name", "")));
        for (javafx.beans.Observable o : List.of(useAddress, address, host, port, database, user, sslMode)) {
            o.addListener(x -> updatePreview());
        }
        updatePreview();
    }

    /** Starts from {@code suggested} (the last team workspace), its password included when this session has it. */
    public void fill(TeamAddress suggested) {
        if (suggested == null) {
            return;
        }
        host.set(suggested.host());
        port.set(String.valueOf(suggested.port()));
        database.set(suggested.database());
        user.set(suggested.user());
        otherOptions.clear();
        otherOptions.putAll(suggested.options());
        sslMode.set(Optional.ofNullable(otherOptions.remove(SSL_MODE)).orElse(""));
        address.set(suggested.toString());
        password.set(suggested.password().orElse(""));
        updatePreview();
    }

    /** The address the answers make (with the password typed), or empty with {@link #problemProperty()} set. */
    public Optional<TeamAddress> address() {
        try {
            TeamAddress read = read();
            problem.set("");
            return Optional.of(password.get().isEmpty() ? read : read.withPassword(password.get().toCharArray()));
        } catch (WorkspaceLocationException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private TeamAddress read() {
        if (useAddress.get()) {
            String typed = address.get().strip();
            if (typed.isEmpty()) {
                throw new WorkspaceLocationException("Type the address, as in postgresql://user@host:5432/database");
            }
            if (!TeamAddress.isAddress(typed)) {
                throw new WorkspaceLocationException("The address should start with postgresql://, as in"
                        + " postgresql://user@host:5432/database");
            }
            return TeamAddress.parse(typed, "The address", env);
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            throw new WorkspaceLocationException("The port must be a number, as 5432, not '" + port.get().strip()
                    + "'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (!sslMode.get().isEmpty()) {
            options.put(SSL_MODE, sslMode.get());
        }
        options.putAll(otherOptions);
        return TeamAddress.of(host.get(), number, database.get(), user.get(), options, null);
    }

    private void updatePreview() {
        try {
            preview.set(read().toString());
        } catch (WorkspaceLocationException e) {
            preview.set("");
        }
    }

    public BooleanProperty useAddressProperty() {
        return useAddress;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<String> sslModeProperty() {
        return sslMode;
    }

    /** The password as typed; it leaves this model only inside the returned address, for the session. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Why Connect cannot go ahead yet; empty when it can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The address as it will be remembered (never with the password), or empty while incomplete. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
