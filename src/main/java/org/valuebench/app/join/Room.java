package org.valuebench.app.join;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.valuebench.app.AppException;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * The room of one running workshop: the join code, the devices that joined and their tokens (in memory only), the
 * limits, and every device's view kept up to date. A participant's action runs through {@link WorkshopAccess}
 * without the room's lock held (the window's thread may call {@link #show} meanwhile); the room's state
 * ({@link RoomState}) changes only under the lock, and listeners are called through the notifier, never under it.
 */
public final class Room implements ParticipantDoor, RoomControl {
    private static final Pattern SUBMISSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final System.Logger LOG = System.getLogger(Room.class.getName());

    private final WorkshopAccess access;
    private final RoomServer server;
    private final SecureRandom random;
    private final Executor notifier;
    private final Object lock = new Object();
    private final List<Consumer<RoomStatus>> listeners = new CopyOnWriteArrayList<>();
    private final RoomState state;

    public Room(WorkshopAccess access, RoomServer server, Clock clock, SecureRandom random, Executor notifier) {
        this(access, server, clock, random, notifier, java.time.Duration.ZERO);
    }

    /** @param pushPause the least time between two rounds of views to the devices (a burst goes out as one) */
    public Room(WorkshopAccess access, RoomServer server, Clock clock, SecureRandom random, Executor notifier,
                java.time.Duration pushPause) {
        this.access = access;
        this.server = server;
        this.random = random;
        this.notifier = notifier;
        this.state = new RoomState(clock, random, listeners, pushPause);
    }

    // ---- the facilitator's side

    @Override
    public List<NetworkChoice> networks() {
        return NetworkChoices.ofThisMachine();
    }

    @Override
    public RoomStatus open(long workshopId, InetAddress on, int port, boolean allowAnonymous) {
        synchronized (lock) {
            if (state.open || state.opening) {
                return state.status();
            }
            state.opening = true;
        }
        List<Runnable> out = new ArrayList<>();
        try {
            WorkshopChange now = access.read(a -> a.workshops().current(workshopId));
            if (!now.workshop().workshop().isRunning()) {
                throw new AppException("The workshop " + now.workshop().workshop().title()
                        + " has finished; participants join only a running workshop");
            }
            synchronized (lock) {
                state.generation++;
                state.workshopId = workshopId;
                state.record = now.workshop();
                state.seenByWindow(state.record);
                state.canvas = now.change().canvas().orElseThrow();
                state.code = JoinCode.make(random);
                state.allowAnonymous = allowAnonymous;
                state.open = true;
            }
            RoomServer.Listening started;
            try {
                started = server.start(on, port, this);
            } catch (RuntimeException e) {
                synchronized (lock) {
                    state.close(new ArrayList<>());
                }
                throw e;
            }
            synchronized (lock) {
                state.listening = started;
                state.address = NetworkChoices.address(on, started.port());
                LOG.log(System.Logger.Level.INFO, "Joining opened on {0}", state.address);
                state.statusChanged(out);
                return state.status();
            }
        } finally {
            synchronized (lock) {
                state.opening = false;
            }
            send(out);
        }
    }

    @Override
    public RoomStatus close() {
        List<Runnable> out = new ArrayList<>();
        RoomServer.Listening closing;
        synchronized (lock) {
            closing = state.close(out);
        }
        stop(closing);
        send(out);
        return status();
    }

    @Override
    public RoomStatus status() {
        synchronized (lock) {
            return state.status();
        }
    }

    @Override
    public void show(WorkshopRecord record, CanvasContent canvas) {
        List<Runnable> out = new ArrayList<>();
        RoomServer.Listening closing = null;
        synchronized (lock) {
            if (!state.open) {
                return;
            }
            if (record.workshop().id() != state.workshopId) {
                closing = state.close(out);
            } else if (record.equals(state.record) && canvas.equals(state.canvas)) {
                // the window shows what the room already has (a participant's own action): nothing new to send
                state.seenByWindow(record);
                return;
            } else {
                state.update(record, canvas, true, true, out);
                if (!record.workshop().isRunning()) {
                    closing = state.close(out);
                }
            }
        }
        stop(closing);
        send(out);
    }

    @Override
    public void onStatus(Consumer<RoomStatus> listener) {
        listeners.add(listener);
    }

    // ---- the participants' side

    @Override
    public Joined join(String code, String name, boolean anonymous, String client) {
        List<Runnable> out = new ArrayList<>();
        String wanted;
        long atGeneration;
        long workshopId;
        try {
            synchronized (lock) {
                if (!state.open) {
                    throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "Joining is closed; ask the facilitator to open it");
                }
                Instant now = state.now();
                int wait = state.wrongCodes.waitSeconds(client, now);
                if (wait > 0) {
                    throw new RoomRefusal(RoomRefusal.Kind.TOO_MANY, "Too many wrong codes from this device; try again"
                            + " in " + wait + " seconds", wait);
                }
                if (!JoinCode.matches(state.code, code)) {
                    state.wrongCodes.count(client, now);
                    state.failedAttempts++;
                    state.statusChanged(out);
                    throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN,
                            "That is not the join code on the screen; check it and try again");
                }
                if (anonymous && !state.allowAnonymous) {
                    throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN,
                            "The facilitator has not allowed joining anonymously; give your name");
                }
                wanted = anonymous ? state.guestName() : RoomState.validName(name);
                String key = wanted.toLowerCase(Locale.ROOT);
                Optional<Participant> known = state.participantNamed(key);
                if (state.namesJoining.contains(key) || known.filter(p -> state.hasDevice(p.id())).isPresent()) {
                    throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "Someone has joined as "
                            + known.map(Participant::name).orElse(wanted) + " already; choose another name");
                }
                if (known.isPresent()) {
                    Device d = state.admit(known.get().id(), known.get().name(), false, true);
                    state.statusChanged(out);
                    return joined(d);
                }
                state.namesJoining.add(key);
                atGeneration = state.generation;
                workshopId = state.workshopId;
            }
        } finally {
            send(out);
        }
        return joinAsNew(wanted, anonymous, workshopId, atGeneration);
    }

    /** A participant the workshop does not know yet: added through the agenda's use case, outside the lock. */
    private Joined joinAsNew(String wanted, boolean anonymous, long workshopId, long atGeneration) {
        List<Runnable> out = new ArrayList<>();
        try {
            WorkshopChange change;
            try {
                change = access.act(a -> a.agenda().addParticipant(workshopId, wanted, ""));
            } catch (AppException e) {
                throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, e.getMessage());
            }
            synchronized (lock) {
                if (!state.open || state.generation != atGeneration) {
                    throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "Joining closed meanwhile; ask the facilitator"
                            + " to open it");
                }
                state.update(change.workshop(), change.change().canvas().orElse(null), false, false, out);
                Participant added = change.workshop().participants().stream()
                        .filter(p -> p.name().equals(wanted)).max(Comparator.comparingLong(Participant::id))
                        .orElseThrow(() -> new AppException("The new participant " + wanted + " was not stored"));
                Device d = state.admit(added.id(), added.name(), anonymous, false);
                state.statusChanged(out);
                return joined(d);
            }
        } finally {
            synchronized (lock) {
                state.namesJoining.remove(wanted.toLowerCase(Locale.ROOT));
            }
            send(out);
        }
    }

    private static Joined joined(Device d) {
        return new Joined(d.token, d.participantId, d.name, d.anonymous);
    }

    @Override
    public ParticipantView view(String token, String client) {
        synchronized (lock) {
            return state.viewOf(state.device(token));
        }
    }

    @Override
    public ParticipantView addCard(String token, String submissionId, String section, String text, String client) {
        return once(token, submissionId, true, d -> Submissions.card(state.record, state.workshopId, d, section, text));
    }

    @Override
    public ParticipantView dot(String token, String submissionId, long cardId, boolean place, String client) {
        return once(token, submissionId, false, d -> Submissions.dot(state.record, state.canvas, d, cardId, place));
    }

    @Override
    public AutoCloseable follow(String token, String client, Consumer<ParticipantView> listener, Runnable onEnd) {
        List<Runnable> out = new ArrayList<>();
        Device d;
        Device.Follower f = new Device.Follower(listener, onEnd);
        synchronized (lock) {
            d = state.device(token);
            d.followers.add(f);
            ParticipantView v = state.viewOf(d);
            out.add(() -> RoomState.deliver(f, v));
            state.statusChanged(out);
        }
        send(out);
        return () -> unfollow(d, f);
    }

    private void unfollow(Device d, Device.Follower f) {
        List<Runnable> out = new ArrayList<>();
        synchronized (lock) {
            if (f.closed) {
                return;
            }
            f.closed = true;
            d.followers.remove(f);
            if (state.isCurrent(d)) {
                state.statusChanged(out);
            }
        }
        send(out);
    }

    /**
     * Runs a submission once per id and participant: a retry of an id seen before waits for the first to finish
     * and is answered with the view as it is then, changing nothing; a refused one may be tried again.
     */
    private ParticipantView once(String token, String submissionId, boolean card,
                                 Function<Device, Submissions.Prepared> prepare) {
        Device d;
        CompletableFuture<Void> earlier;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        Submissions.Prepared prepared = null;
        long atGeneration;
        synchronized (lock) {
            d = state.device(token);
            if (submissionId == null || !SUBMISSION_ID.matcher(submissionId).matches()) {
                throw new RoomRefusal(RoomRefusal.Kind.BAD_REQUEST, "A submission id is 1 to 64 letters, digits, '-'"
                        + " or '_'");
            }
            earlier = d.submissions.get(submissionId);
            if (earlier == null) {
                prepared = prepare.apply(d);
                int wait = card ? state.cards.take(d.participantId, state.now()) : 0;
                if (wait > 0) {
                    throw new RoomRefusal(RoomRefusal.Kind.TOO_MANY, "You have added " + RoomState.CARDS_PER_MINUTE
                            + " cards in the last minute; wait " + wait + " seconds", wait);
                }
                d.submissions.put(submissionId, mine);
            }
            atGeneration = state.generation;
        }
        if (earlier != null) {
            awaitFirst(earlier);
            synchronized (lock) {
                return viewAfter(d, token);
            }
        }
        List<Runnable> out = new ArrayList<>();
        try {
            WorkshopChange change = act(prepared, d, submissionId, mine);
            synchronized (lock) {
                if (state.isCurrent(d) && state.generation == atGeneration) {
                    prepared.after().accept(change, d);
                    state.update(change.workshop(), change.change().canvas().orElse(null), true, false, out);
                    if (card) {
                        state.statusChanged(out);
                    }
                }
                return viewAfter(d, token);
            }
        } finally {
            mine.complete(null);
            send(out);
        }
    }

    /** Under the lock: the device's view, or why the device is no longer in the room. */
    private ParticipantView viewAfter(Device d, String token) {
        if (!state.isCurrent(d)) {
            state.device(token);
        }
        return state.viewOf(d);
    }

    private WorkshopChange act(Submissions.Prepared prepared, Device d, String id, CompletableFuture<Void> mine) {
        try {
            return access.act(prepared.action());
        } catch (AppException e) {
            RoomRefusal refusal = new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, e.getMessage());
            forget(d, id, mine, refusal);
            throw refusal;
        } catch (RuntimeException e) {
            forget(d, id, mine, e);
            throw e;
        }
    }

    private void forget(Device d, String id, CompletableFuture<Void> mine, RuntimeException why) {
        synchronized (lock) {
            d.submissions.remove(id, mine);
        }
        mine.completeExceptionally(why);
    }

    private static void awaitFirst(CompletableFuture<Void> first) {
        try {
            first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw e;
        }
    }

    // ---- outside the lock

    private static void stop(RoomServer.Listening closing) {
        if (closing != null) {
            closing.close();
        }
    }

    private void send(List<Runnable> out) {
        for (Runnable r : out) {
            notifier.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "A listener of the room failed; the others go on", e);
                }
            });
        }
    }
}
