package org.valuebench.app.join;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One participant's device in the room: its participant, what it added (kept in memory only, so an anonymous
 * step's cards stay unlinked in the file), its anonymous ballots, the submissions seen and the streams that follow
 * it. Guarded by the room's lock, but for the followers list, which the room's notifier reads.
 */
final class Device {
    /** Enough for a day's workshop at the request limit; the oldest ids go first. */
    private static final int SUBMISSIONS_KEPT = 5_000;
    final String token;
    final long participantId;
    final boolean anonymous;
    String name;
    int cardsAdded;
    Instant lastSeen;
    final Set<Long> ownCards = new HashSet<>();
    final Map<Long, String> ballots = new HashMap<>();
    final List<Follower> followers = new CopyOnWriteArrayList<>();
    final Map<String, CompletableFuture<Void>> submissions = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<Void>> eldest) {
            return size() > SUBMISSIONS_KEPT;
        }
    };

    Device(String token, long participantId, String name, boolean anonymous, Instant joined) {
        this.token = token;
        this.participantId = participantId;
        this.name = name;
        this.anonymous = anonymous;
        this.lastSeen = joined;
    }

    ParticipantViews.Viewer viewer() {
        return new ParticipantViews.Viewer(participantId, name, anonymous, ownCards, ballots);
    }

    RoomStatus.Member member() {
        return new RoomStatus.Member(participantId, name, anonymous, cardsAdded, !followers.isEmpty(), lastSeen);
    }

    /** A stream following the device; {@code closed} once its handle closed, so no view is sent to it after. */
    static final class Follower {
        final Consumer<ParticipantView> listener;
        final Runnable onEnd;
        volatile boolean closed;

        Follower(Consumer<ParticipantView> listener, Runnable onEnd) {
            this.listener = listener;
            this.onEnd = onEnd;
        }
    }
}
