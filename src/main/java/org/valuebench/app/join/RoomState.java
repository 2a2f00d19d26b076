package org.valuebench.app.join;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Limits;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * What the room knows while joining is open: the code, the devices by token, the limits, the workshop as last
 * committed and the views' sequence number. Not thread-safe: {@link Room} uses it under its lock only, and the
 * listener calls it prepares go into {@code out}, to be run by the room's notifier once the lock is released.
 */
final class RoomState {
    static final int WRONG_CODES_PER_MINUTE = 10;
    static final int CARDS_PER_MINUTE = 30;
    static final int REQUESTS_PER_MINUTE = 120;
    private static final System.Logger LOG = System.getLogger(RoomState.class.getName());

    private final Clock clock;
    private final SecureRandom random;
    private final List<Consumer<RoomStatus>> statusListeners;
    final Map<String, Device> devices = new LinkedHashMap<>();
    private final Set<String> removedTokens = new HashSet<>();
    final Set<String> namesJoining = new HashSet<>();
    private final Set<Long> confirmed = new HashSet<>();
    final RollingLimit wrongCodes = new RollingLimit(WRONG_CODES_PER_MINUTE);
    final RollingLimit cards = new RollingLimit(CARDS_PER_MINUTE);
    private final RollingLimit requests = new RollingLimit(REQUESTS_PER_MINUTE);
    boolean open;
    boolean opening;
    /** Grows at every opening and closing: an action that finishes after joining closed changes nothing here. */
    long generation;
    long workshopId;
    String code = "";
    String address = "";
    boolean allowAnonymous;
    RoomServer.Listening listening;
    WorkshopRecord record;
    CanvasContent canvas;
    private long seq;
    int failedAttempts;
    /** What every view of {@link #record} on {@link #canvas} shares; made again when either changes. */
    private ParticipantViews.Shared shared;
    /** The newest push handed to the notifier: an older one still waiting there is not sent (see {@link #push}). */
    private final AtomicLong newestPush = new AtomicLong();
    /**
     * The least time between two rounds of views (wall time, not the room's clock): thirty devices adding cards at
     * once would otherwise each get, and parse, a whole view per card.
     */
    private final long pushPauseNanos;
    private final AtomicLong lastPushNanos;

    RoomState(Clock clock, SecureRandom random, List<Consumer<RoomStatus>> statusListeners,
              java.time.Duration pushPause) {
        this.pushPauseNanos = pushPause.toNanos();
        this.lastPushNanos = new AtomicLong(System.nanoTime() - pushPauseNanos);
        this.clock = clock;
        this.random = random;
        this.statusListeners = statusListeners;
    }

    Instant now() {
        return clock.instant();
    }

    /** The token's device, counted against the request limit; refused when unknown, removed or over the limit. */
    Device device(String token) {
        if (token != null && removedTokens.contains(token)) {
            throw new RoomRefusal(RoomRefusal.Kind.NOT_JOINED, "The facilitator removed you from the workshop");
        }
        Device d = token == null ? null : devices.get(token);
        if (d == null) {
            throw new RoomRefusal(RoomRefusal.Kind.NOT_JOINED, open
                    ? "This device has not joined the workshop; join with the code on the screen"
                    : "Joining has closed; when the facilitator opens it again, join with the new code");
        }
        Instant now = now();
        int wait = requests.take(d.participantId, now);
        if (wait > 0) {
            throw new RoomRefusal(RoomRefusal.Kind.TOO_MANY, "Too many requests from this device; wait " + wait
                    + " seconds", wait);
        }
        d.lastSeen = now;
        return d;
    }

    boolean isCurrent(Device d) {
        return open && devices.get(d.token) == d;
    }

    /**
     * A new device for the participant, with a token of 32 random bytes. {@code known}: the participant was in the
     * record the window showed (not only in the record of the room's own action that added them).
     */
    Device admit(long participantId, String name, boolean anonymous, boolean known) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Device d = new Device(token, participantId, name, anonymous, now());
        devices.put(token, d);
        if (known) {
            confirmed.add(participantId);
        }
        LOG.log(System.Logger.Level.INFO, "Participant {0} joined from a device", participantId);
        return d;
    }

    Optional<Participant> participantNamed(String key) {
        return record.participants().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    boolean hasDevice(long participantId) {
        return devices.values().stream().anyMatch(d -> d.participantId == participantId);
    }

    String guestName() {
        for (int n = 1; ; n++) {
            String name = "Guest " + n;
            String key = name.toLowerCase(Locale.ROOT);
            if (!namesJoining.contains(key) && participantNamed(key).isEmpty()) {
                return name;
            }
        }
    }

    static String validName(String name) {
        try {
            return Limits.requiredText("Your name", name, Limits.MAX_NAME);
        } catch (InvalidInputException e) {
            throw new RoomRefusal(RoomRefusal.Kind.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * Takes the workshop as committed and, with {@code push}, sends every following device its new view. In a
     * record {@code fromWindow} (the window shows its records in the order they were committed), a device whose
     * participant is gone (the facilitator removed them, or undid their joining) is forgotten; only a participant
     * the window showed before can be gone, so a record it shows late, older than the one that added a device's
     * participant, does not drop that device.
     */
    void update(WorkshopRecord shown, CanvasContent content, boolean push, boolean fromWindow, List<Runnable> out) {
        record = shown;
        if (content != null) {
            canvas = content;
        }
        if (fromWindow) {
            seenByWindow(shown);
        }
        boolean members = false;
        for (Iterator<Device> it = devices.values().iterator(); it.hasNext(); ) {
            Device d = it.next();
            Optional<Participant> p = shown.participant(d.participantId);
            if (p.isPresent()) {
                members |= !p.get().name().equals(d.name);
                d.name = p.get().name();
            } else if (fromWindow && confirmed.contains(d.participantId)) {
                confirmed.remove(d.participantId);
                it.remove();
                removedTokens.add(d.token);
                end(d, out);
                members = true;
            }
        }
        if (push) {
            seq++;
            out.add(push());
        }
        if (members) {
            statusChanged(out);
        }
    }

    /** The participants of a record the window showed: from now on, one missing from its records was removed. */
    void seenByWindow(WorkshopRecord shown) {
        shown.participants().forEach(p -> confirmed.add(p.id()));
    }

    ParticipantView viewOf(Device d) {
        return ParticipantViews.of(shared(), d.viewer(), now(), seq);
    }

    private ParticipantViews.Shared shared() {
        if (shared == null || shared.record != record || shared.canvas != canvas) {
            shared = new ParticipantViews.Shared(record, canvas);
        }
        return shared;
    }

    /**
     * The views of the state as it is now, for every following device, made and sent by the notifier outside the
     * lock: the window's thread only hands the record over. Under a burst of changes (thirty devices adding cards)
     * a push that finds a newer one behind it sends nothing, so each device gets the newest state once rather than
     * every state in between.
     */
    private Runnable push() {
        long at = seq;
        newestPush.set(at);
        WorkshopRecord r = record;
        CanvasContent c = canvas;
        ParticipantViews.Shared known = shared != null && shared.record == r && shared.canvas == c ? shared : null;
        Instant now = now();
        List<Map.Entry<ParticipantViews.Viewer, List<Device.Follower>>> targets = devices.values().stream()
                .filter(d -> !d.followers.isEmpty())
                .map(d -> Map.entry(d.viewer(), List.copyOf(d.followers))).toList();
        return () -> {
            long wait = pushPauseNanos - (System.nanoTime() - lastPushNanos.get());
            if (wait > 0 && newestPush.get() == at) {
                try {
                    java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (newestPush.get() != at) {
                return;
            }
            lastPushNanos.set(System.nanoTime());
            ParticipantViews.Shared views = known != null ? known : new ParticipantViews.Shared(r, c);
            for (Map.Entry<ParticipantViews.Viewer, List<Device.Follower>> t : targets) {
                ParticipantView v = ParticipantViews.of(views, t.getKey(), now, at);
                for (Device.Follower f : t.getValue()) {
                    try {
                        deliver(f, v);
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "A device's stream failed; the others go on", e);
                    }
                }
            }
        };
    }

    static void deliver(Device.Follower f, ParticipantView v) {
        if (!f.closed) {
            f.listener.accept(v);
        }
    }

    /** Ends the device's streams, after the views already on their way (the last may say the workshop ended). */
    private static void end(Device d, List<Runnable> out) {
        d.followers.forEach(f -> out.add(() -> {
            f.closed = true;
            f.onEnd.run();
        }));
        d.followers.clear();
    }

    /** Forgets the code, every device and token; returns the listener to close (outside the lock), if any. */
    RoomServer.Listening close(List<Runnable> out) {
        if (!open) {
            return null;
        }
        open = false;
        generation++;
        devices.values().forEach(d -> end(d, out));
        devices.clear();
        removedTokens.clear();
        confirmed.clear();
        namesJoining.clear();
        wrongCodes.clear();
        cards.clear();
        requests.clear();
        code = "";
        address = "";
        failedAttempts = 0;
        record = null;
        canvas = null;
        RoomServer.Listening closing = listening;
        listening = null;
        LOG.log(System.Logger.Level.INFO, "Joining closed");
        statusChanged(out);
        return closing;
    }

    RoomStatus status() {
        if (!open || listening == null) {
            return RoomStatus.closed();
        }
        List<RoomStatus.Member> members = devices.values().stream().map(Device::member).toList();
        return new RoomStatus(true, code, address, address + "?code=" + code, allowAnonymous, members, failedAttempts);
    }

    void statusChanged(List<Runnable> out) {
        RoomStatus now = status();
        statusListeners.forEach(l -> out.add(() -> l.accept(now)));
    }
}
