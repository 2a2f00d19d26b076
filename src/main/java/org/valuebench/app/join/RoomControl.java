package org.valuebench.app.join;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Consumer;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The facilitator's side of the room: open and close joining, the join code and address to show, who has joined.
 * Called from the window's JavaFX thread, but {@link #open}, which reads the workshop through the window's database
 * thread and starts the listener (the window calls it on a thread of its own); the listener is called from a room
 * thread (the window hands it over).
 */
public interface RoomControl {

    /** The interfaces joining can listen on, the room's local network first; loopback last. */
    List<NetworkChoice> networks();

    /**
     * Opens joining for the running workshop: starts the listener on {@code address} ({@code port} 0: a free
     * port), makes a new join code. Opening again while open changes nothing.
     *
     * @throws org.valuebench.app.AppException when the port cannot be opened
     */
    RoomStatus open(long workshopId, InetAddress address, int port, boolean allowAnonymous);

    /** Closes joining: the port closes, the code and every participant's token stop working. Safe to repeat. */
    RoomStatus close();

    RoomStatus status();

    /**
     * The workshop as committed after any change (the facilitator's action, an undo, a participant's card): every
     * participant's device is brought up to date from it. A record of another workshop, or a finished one, closes
     * joining.
     */
    void show(WorkshopRecord record, CanvasContent canvas);

    /** {@code listener} gets the status after every change of it (a join, a card, a wrong code, closing). */
    void onStatus(Consumer<RoomStatus> listener);

    /** A network interface joining can listen on; {@code publicAddress}: reachable beyond the room (warn first). */
    record NetworkChoice(String name, InetAddress address, boolean loopback, boolean publicAddress) {
    }
}
