package org.valuebench.app.join;

import java.net.InetAddress;

/**
 * The listener on the room's network that serves the participant page and hands every request to a
 * {@link ParticipantDoor}. Started when the facilitator opens joining, closed when joining closes, the workshop
 * ends or the app quits: nothing listens otherwise.
 */
public interface RoomServer {

    /**
     * Starts listening on {@code address}:{@code port} ({@code port} 0: any free port).
     *
     * @throws org.valuebench.app.AppException when the port cannot be opened (in use, not allowed), said plainly
     */
    Listening start(InetAddress address, int port, ParticipantDoor door);

    /** A running listener; closing it closes the port and ends every participant's stream. */
    interface Listening extends AutoCloseable {
        int port();

        @Override
        void close();
    }
}
