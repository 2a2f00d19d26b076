package org.valuebench.app.join;

import java.time.Instant;
import java.util.List;

/**
 * Joining as the facilitator sees it.
 *
 * @param open           the listener runs and the code works
 * @param code           the join code (6+ characters, no ambiguous letters), "" when closed
 * @param address        what participants type, e.g. {@code http://192.168.1.20:8421/}, "" when closed
 * @param joinLink       the address with the code, for the QR code
 * @param members        who has joined, in order of joining
 * @param failedAttempts wrong codes since joining opened
 */
public record RoomStatus(boolean open, String code, String address, String joinLink, boolean allowAnonymous,
                         List<Member> members, int failedAttempts) {

    public RoomStatus {
        members = List.copyOf(members);
    }

    public static RoomStatus closed() {
        return new RoomStatus(false, "", "", "", false, List.of(), 0);
    }

    /**
     * A participant with a device: {@code cardsAdded} counts cards from the device (their text is not here, so
     * a private step stays private); {@code connected}: the device follows the room right now.
     */
    public record Member(long participantId, String name, boolean anonymous, int cardsAdded, boolean connected,
                         Instant lastSeen) {
    }
}
