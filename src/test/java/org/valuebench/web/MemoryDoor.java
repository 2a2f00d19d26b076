package org.valuebench.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.ParticipantView;
import org.valuebench.app.join.RoomRefusal;

/**
 * A door kept in memory, for the listener's HTTP mechanics only (the room's rules are app.join.Room's and are
 * tested against it): one code, tokens handed out in order, cards kept in a list, every call's client recorded.
 */
final class MemoryDoor implements ParticipantDoor {
    static final String CODE = "K7QX2M";

    final List<String> clients = new CopyOnWriteArrayList<>();
    final List<ParticipantView.Card> cards = new CopyOnWriteArrayList<>();
    final List<Follower> followers = new CopyOnWriteArrayList<>();
    /** When set, the next call throws it (an unexpected failure inside the app). */
    volatile RuntimeException failure;

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();

    record Follower(String token, Consumer<ParticipantView> listener, Runnable onEnd, boolean[] closed) {
        boolean isClosed() {
            synchronized (closed) {
                return closed[0];
            }
        }
    }

    @Override
    public Joined join(String code, String name, boolean anonymous, String client) {
        enter(client);
        if (!CODE.equals(code)) {
            throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "That is not the code on the screen.");
        }
        String token = "token-" + (names.size() + 1);
        names.put(token, anonymous ? "Anonymous" : name);
        return new Joined(token, names.size(), names.get(token), anonymous);
    }

    @Override
    public ParticipantView view(String token, String client) {
        enter(client);
        return viewFor(token);
    }

    @Override
    public ParticipantView addCard(String token, String submissionId, String section, String text, String client) {
        enter(client);
        viewFor(token);
        cards.add(new ParticipantView.Card(cards.size() + 1, section, text, true, 0));
        seq.incrementAndGet();
        ParticipantView view = viewFor(token);
        followers.forEach(f -> f.listener().accept(viewFor(f.token())));
        return view;
    }

    @Override
    public ParticipantView dot(String token, String submissionId, long cardId, boolean place, String client) {
        enter(client);
        viewFor(token);
        if (cards.stream().noneMatch(c -> c.id() == cardId)) {
            throw new RoomRefusal(RoomRefusal.Kind.NOT_FOUND, "There is no such card in this step.");
        }
        return viewFor(token);
    }

    @Override
    public AutoCloseable follow(String token, String client, Consumer<ParticipantView> listener, Runnable onEnd) {
        enter(client);
        ParticipantView now = viewFor(token);
        Follower follower = new Follower(token, listener, onEnd, new boolean[1]);
        followers.add(follower);
        listener.accept(now);
        return () -> {
            synchronized (follower.closed()) {
                follower.closed()[0] = true;
            }
            followers.remove(follower);
        };
    }

    /** Every token stops working; every follower is told. */
    void end() {
        names.clear();
        List<Follower> all = new ArrayList<>(followers);
        all.forEach(f -> f.onEnd().run());
    }

    private void enter(String client) {
        clients.add(client);
        RuntimeException fail = failure;
        if (fail != null) {
            failure = null;
            throw fail;
        }
    }

    private ParticipantView viewFor(String token) {
        String name = names.get(token);
        if (name == null) {
            throw new RoomRefusal(RoomRefusal.Kind.NOT_JOINED, "Join the workshop again.");
        }
        return new ParticipantView(seq.get(), "Spring offsite", "Corner café",
                new ParticipantView.Me(1, name, false),
                new ParticipantView.Step(2, 11, "Needs", "What does the customer need?", "BRAINSTORM",
                        List.of(new ParticipantView.SectionRef("NEEDS", "Needs")), true, false),
                new ParticipantView.Timer(245, true, false), "ADD_CARDS", "Add your ideas", cards, 0, null, List.of(),
                "Fears");
    }
}
