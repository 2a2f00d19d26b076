package org.valuebench.app.join;

import java.util.function.Consumer;

/**
 * What a participant's device may ask of the room, and nothing else: the HTTP listener calls only this. Every
 * method is safe to call from many threads at once; each refuses with a {@link RoomRefusal} and nothing changed.
 * {@code client} is the device's network address (for the wrong-code limit and the facilitator's list).
 */
public interface ParticipantDoor {

    /**
     * Joins with the code on screen: a name (a participant of the workshop with that name who has no device yet
     * becomes this device's) or, when the facilitator allows it, anonymously (name ignored).
     */
    Joined join(String code, String name, boolean anonymous, String client);

    /** The current step as this participant sees it. */
    ParticipantView view(String token, String client);

    /**
     * Adds a card to a section of the current step. {@code submissionId} (1–64 letters, digits, '-' or '_',
     * chosen by the device) makes a retry harmless: the same id again is answered with the first answer.
     */
    ParticipantView addCard(String token, String submissionId, String section, String text, String client);

    /** Places ({@code place}) or takes back one of this participant's dots on a card of the open vote. */
    ParticipantView dot(String token, String submissionId, long cardId, boolean place, String client);

    /**
     * Calls {@code listener} with this participant's view now and after every change of the workshop, from a
     * room thread, until the returned handle is closed, the token stops being valid (then {@code onEnd}) or
     * joining closes.
     */
    AutoCloseable follow(String token, String client, Consumer<ParticipantView> listener, Runnable onEnd);

    /** The device's participant: its token (kept in the browser) and the name the room shows. */
    record Joined(String token, long participantId, String name, boolean anonymous) {
    }
}
