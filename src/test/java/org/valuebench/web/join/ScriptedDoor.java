package org.valuebench.web.join;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.valuebench.app.join.ParticipantDoor;
import org.valuebench.app.join.ParticipantView;
import org.valuebench.app.join.RoomRefusal;
import org.valuebench.app.join.RoomRefusal.Kind;

/**
 * A small in-memory room for the page's own tests: one brainstorming step on two sections that the test moves
 * through private → revealed → vote → results → ended. It keeps the contract's promises the page relies on
 * (a submission id answered once, views with a growing seq, followers told of every change) and counts what it
 * was sent, so a test can tell a resent submission from a doubled one.
 */
final class ScriptedDoor implements ParticipantDoor {

    enum Phase { PRIVATE, REVEALED, VOTE, RESULTS, ENDED }

    record CardRow(long id, String section, String text, long owner) {
    }

    private record Member(long id, String name, boolean anonymous) {
    }

    private record Follower(String token, Consumer<ParticipantView> listener, Runnable onEnd) {
    }

    static final String CODE = "K7QX2M";

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<CardRow> cards = new ArrayList<>();
    private final Map<Long, Map<Long, Integer>> dots = new HashMap<>();
    private final Map<String, ParticipantView> answered = new HashMap<>();
    private final List<String> submissionsSeen = new ArrayList<>();
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private Phase phase = Phase.PRIVATE;
    private long seq = 1;
    private long nextId = 100;
    private boolean allowAnonymous;
    private int dotsEach = 3;
    private ParticipantView.Timer timer = new ParticipantView.Timer(245, true, false);
    private long timerSetAt = System.nanoTime();

    // ------------------------------------------------------------------ what the test does

    void timer(ParticipantView.Timer next) {
        synchronized (this) {
            timer = next;
            timerSetAt = System.nanoTime();
            seq++;
        }
        tellEveryone();
    }

    synchronized void allowAnonymous(boolean allow) {
        allowAnonymous = allow;
    }

    void move(Phase next) {
        synchronized (this) {
            phase = next;
            seq++;
        }
        tellEveryone();
    }

    /** A card added by someone without a device (the facilitator's keyboard). */
    void addFromFacilitator(String section, String text) {
        synchronized (this) {
            cards.add(new CardRow(nextId++, section, text, 0));
            seq++;
        }
        tellEveryone();
    }

    /** Every token stops working (joining closed): followers get their end. */
    void forgetEveryone() {
        synchronized (this) {
            members.clear();
            seq++;
        }
        for (Follower follower : followers) {
            followers.remove(follower);
            follower.onEnd().run();
        }
    }

    synchronized List<CardRow> cards() {
        return List.copyOf(cards);
    }

    synchronized List<String> submissionsSeen() {
        return List.copyOf(submissionsSeen);
    }

    synchronized int dotsOf(long member) {
        return dots.getOrDefault(member, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized long idOf(String name) {
        return members.values().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().id();
    }

    // ------------------------------------------------------------------ the door

    @Override
    public synchronized Joined join(String code, String name, boolean anonymous, String client) {
        if (!CODE.equals(code)) {
            throw new RoomRefusal(Kind.FORBIDDEN, "That is not the code on the screen: check it and try again.");
        }
        if (anonymous && !allowAnonymous) {
            throw new RoomRefusal(Kind.FORBIDDEN, "The facilitator has not allowed joining anonymously: type your name.");
        }
        String token = "t" + (nextId++) + "x" + Long.toHexString(System.nanoTime());
        Member member = new Member(nextId++, anonymous ? "Anonymous" : name.strip(), anonymous);
        members.put(token, member);
        return new Joined(token, member.id(), member.name(), anonymous);
    }

    @Override
    public synchronized ParticipantView view(String token, String client) {
        return viewFor(member(token));
    }

    @Override
    public ParticipantView addCard(String token, String submissionId, String section, String text, String client) {
        synchronized (this) {
            Member member = member(token);
            submissionsSeen.add(submissionId);
            ParticipantView earlier = answered.get(submissionId);
            if (earlier != null) {
                return earlier;
            }
            if (phase != Phase.PRIVATE && phase != Phase.REVEALED) {
                throw new RoomRefusal(Kind.FORBIDDEN, "Cards cannot be added now.");
            }
            if (!section.equals("WANTS") && !section.equals("NEEDS")) {
                throw new RoomRefusal(Kind.BAD_REQUEST, "There is no section " + section + " in this step.");
            }
            String stripped = text.strip();
            if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > 2000) {
                throw new RoomRefusal(Kind.BAD_REQUEST, "A card holds 1 to 2,000 characters.");
            }
            cards.add(new CardRow(nextId++, section, stripped, member.id()));
            seq++;
        }
        tellEveryone();
        synchronized (this) {
            ParticipantView answer = viewFor(member(token));
            answered.put(submissionId, answer);
            return answer;
        }
    }

    @Override
    public ParticipantView dot(String token, String submissionId, long cardId, boolean place, String client) {
        synchronized (this) {
            Member member = member(token);
            submissionsSeen.add(submissionId);
            ParticipantView earlier = answered.get(submissionId);
            if (earlier != null) {
                return earlier;
            }
            if (phase != Phase.VOTE) {
                throw new RoomRefusal(Kind.FORBIDDEN, "No vote is open.");
            }
            if (cards.stream().noneMatch(c -> c.id() == cardId)) {
                throw new RoomRefusal(Kind.NOT_FOUND, "There is no such card in this vote.");
            }
            Map<Long, Integer> mine = dots.computeIfAbsent(member.id(), k -> new HashMap<>());
            int used = mine.values().stream().mapToInt(Integer::intValue).sum();
            int onCard = mine.getOrDefault(cardId, 0);
            if (place && used >= dotsEach) {
                throw new RoomRefusal(Kind.FORBIDDEN, "You have no dots left.");
            }
            if (!place && onCard == 0) {
                throw new RoomRefusal(Kind.FORBIDDEN, "You have no dot on that card.");
            }
            mine.put(cardId, onCard + (place ? 1 : -1));
            seq++;
        }
        tellEveryone();
        synchronized (this) {
            ParticipantView answer = viewFor(member(token));
            answered.put(submissionId, answer);
            return answer;
        }
    }

    @Override
    public AutoCloseable follow(String token, String client, Consumer<ParticipantView> listener, Runnable onEnd) {
        ParticipantView now;
        synchronized (this) {
            now = viewFor(member(token));
        }
        Follower follower = new Follower(token, listener, onEnd);
        followers.add(follower);
        listener.accept(now);
        return () -> followers.remove(follower);
    }

    // ------------------------------------------------------------------ views

    private void tellEveryone() {
        for (Follower follower : followers) {
            ParticipantView view;
            synchronized (this) {
                Member member = members.get(follower.token());
                if (member == null) {
                    continue;
                }
                view = viewFor(member);
            }
            follower.listener().accept(view);
        }
    }

    private Member member(String token) {
        Member member = token == null ? null : members.get(token);
        if (member == null) {
            throw new RoomRefusal(Kind.NOT_JOINED, "You are no longer in the room: join again with the code on the screen.");
        }
        return member;
    }

    private ParticipantView viewFor(Member member) {
        boolean hidden = phase == Phase.PRIVATE;
        Map<Long, Integer> mine = dots.getOrDefault(member.id(), Map.of());
        List<ParticipantView.Card> shown = cards.stream()
                .filter(c -> !hidden || c.owner() == member.id())
                .map(c -> new ParticipantView.Card(c.id(), c.section(), c.text(), c.owner() == member.id(),
                        mine.getOrDefault(c.id(), 0)))
                .toList();
        int hiddenCount = hidden ? (int) cards.stream().filter(c -> c.owner() != member.id()).count() : 0;
        int used = mine.values().stream().mapToInt(Integer::intValue).sum();
        ParticipantView.VoteState vote = phase == Phase.VOTE || phase == Phase.RESULTS
                ? new ParticipantView.VoteState(phase == Phase.VOTE, dotsEach, dotsEach - used, false, false,
                        List.of("WANTS", "NEEDS"))
                : null;
        String may = switch (phase) {
            case PRIVATE, REVEALED -> "ADD_CARDS";
            case VOTE -> "VOTE";
            case RESULTS -> "RESULTS";
            case ENDED -> "ENDED";
        };
        String mayText = switch (phase) {
            case PRIVATE -> "Add your ideas: they stay hidden until the facilitator reveals them";
            case REVEALED -> "Add your ideas";
            case VOTE -> "Place your dots on the cards that matter most";
            case RESULTS -> "The vote has stopped: here is the result";
            case ENDED -> "The workshop has ended";
        };
        ParticipantView.Step step = new ParticipantView.Step(2, 11, "Jobs and needs", "What does the customer need?",
                "BRAINSTORM", List.of(new ParticipantView.SectionRef("WANTS", "Wants"),
                        new ParticipantView.SectionRef("NEEDS", "Needs")), hidden, false);
        return new ParticipantView(seq, "Spring offsite", "Corner café",
                new ParticipantView.Me(member.id(), member.name(), member.anonymous()), step,
                timerNow(), may, mayText, shown, hiddenCount, vote,
                phase == Phase.RESULTS ? results() : List.of(), "Fears");
    }

    /** As the room does: the seconds left when the view is made (a poll gets the time as it is now). */
    private ParticipantView.Timer timerNow() {
        if (!timer.running()) {
            return timer;
        }
        int left = timer.secondsLeft() - (int) ((System.nanoTime() - timerSetAt) / 1_000_000_000L);
        return new ParticipantView.Timer(left, true, left < 0);
    }

    private List<ParticipantView.Result> results() {
        Map<Long, Integer> totals = new HashMap<>();
        dots.values().forEach(m -> m.forEach((card, n) -> totals.merge(card, n, Integer::sum)));
        List<CardRow> ranked = new ArrayList<>(cards);
        ranked.sort(Comparator.comparingInt((CardRow c) -> -totals.getOrDefault(c.id(), 0)));
        List<ParticipantView.Result> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            CardRow card = ranked.get(i);
            int total = totals.getOrDefault(card.id(), 0);
            int rank = 1 + (int) ranked.stream().filter(c -> totals.getOrDefault(c.id(), 0) > total).count();
            boolean tie = ranked.stream().filter(c -> totals.getOrDefault(c.id(), 0) == total).count() > 1;
            rows.add(new ParticipantView.Result(rank, card.id(), card.section(), card.text(), total, tie));
        }
        return rows;
    }
}
