package org.valuebench.ui.workshop.join;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.valuebench.app.join.RoomControl.NetworkChoice;

/**
 * The open-joining dialog's model: the network to listen on (the room's local network offered first), the port
 * (empty: any free one) and whether participants may join anonymously; what each network choice means is said
 * under it, a public address as a warning. The dialog binds to it; tests fill it by hand.
 */
public final class JoinForm {
    static final String PORT_RULE = "The port is a whole number from 1 to 65535, or empty for any free port";
    private final List<NetworkChoice> networks;
    private final ObjectProperty<NetworkChoice> network = new SimpleObjectProperty<>();
    private final StringProperty port = new SimpleStringProperty("");
    private final BooleanProperty allowAnonymous = new SimpleBooleanProperty();
    private final StringBinding networkNote;
    private final StringBinding portProblem;

    /** What joining opens with: the address to listen on, the port (0: any free), anonymous participants or not. */
    public record Settings(InetAddress address, int port, boolean allowAnonymous) {
    }

    /** @param last the settings joining was last opened with in this window, offered again */
    public JoinForm(List<NetworkChoice> networks, Optional<Settings> last) {
        this.networks = List.copyOf(networks);
        network.set(last.flatMap(s -> this.networks.stream().filter(n -> n.address().equals(s.address())).findFirst())
                .orElse(this.networks.isEmpty() ? null : this.networks.get(0)));
        last.ifPresent(s -> {
            port.set(s.port() == 0 ? "" : Integer.toString(s.port()));
            allowAnonymous.set(s.allowAnonymous());
        });
        networkNote = Bindings.createStringBinding(() -> noteOn(network.get()), network);
        portProblem = Bindings.createStringBinding(() -> portOf(port.get()).isPresent() ? "" : PORT_RULE, port);
    }

    public List<NetworkChoice> networks() {
        return networks;
    }

    public ObjectProperty<NetworkChoice> networkProperty() {
        return network;
    }

    /** The port as typed; empty for any free port. */
    public StringProperty portProperty() {
        return port;
    }

    public BooleanProperty allowAnonymousProperty() {
        return allowAnonymous;
    }

    /** What the chosen network means for who can join; a public address as a warning starting "Warning:". */
    public StringBinding networkNoteProperty() {
        return networkNote;
    }

    /** Why the port cannot be used, or empty. */
    public StringBinding portProblemProperty() {
        return portProblem;
    }

    /** The settings to open joining with, or empty while the form is not valid. */
    public Optional<Settings> settings() {
        NetworkChoice chosen = network.get();
        Optional<Integer> chosenPort = portOf(port.get());
        if (chosen == null || chosenPort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Settings(chosen.address(), chosenPort.get(), allowAnonymous.get()));
    }

    /** "Wi-Fi (wlan0) · 192.168.1.20", with "this computer only" or "public address" where it applies. */
    public static String label(NetworkChoice choice) {
        if (choice == null) {
            return "";
        }
        // Without an IPv6 scope ("%eth0"): the interface's name is already there.
        String text = choice.name() + " · " + choice.address().getHostAddress().replaceFirst("%.*$", "");
        if (choice.loopback()) {
            return text + " (this computer only)";
        }
        return choice.publicAddress() ? text + " (public address)" : text;
    }

    static String noteOn(NetworkChoice choice) {
        if (choice == null) {
            return "There is no network to listen on";
        }
        if (choice.loopback()) {
            return "This computer only: no other device can join (for trying the page yourself).";
        }
        if (choice.publicAddress()) {
            return "Warning: " + choice.address().getHostAddress() + " is a public address. Devices beyond the"
                    + " room's network may reach the join page; only the join code keeps them out.";
        }
        return "Devices on this network can join (the room's Wi-Fi or cable).";
    }

    static Optional<Integer> portOf(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Optional.of(0);
        }
        if (!typed.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(typed);
        return value >= 1 && value <= 65535 ? Optional.of(value) : Optional.empty();
    }
}
