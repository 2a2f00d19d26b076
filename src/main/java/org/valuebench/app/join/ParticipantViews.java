package org.valuebench.app.join;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteTally;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * What one participant's device shows of the workshop as committed: a pure function of the record, the canvas and
 * what the room remembers of the device (its cards of anonymous steps, its anonymous ballots), so the page never
 * sees a card it may not (another's hidden card, another canvas).
 */
public final class ParticipantViews {
    static final String ADD_CARDS = "ADD_CARDS";
    static final String VOTE = "VOTE";
    static final String RESULTS = "RESULTS";
    static final String WAIT = "WAIT";
    static final String ENDED = "ENDED";

    private ParticipantViews() {
    }

    /**
     * The device's participant as the room knows it.
     *
     * @param ownCards the cards this device added (the record links them only in a named step)
     * @param ballots  vote id to this participant's ballot in an anonymous vote (the record links none)
     */
    public record Viewer(long participantId, String name, boolean anonymous, Set<Long> ownCards,
                         Map<Long, String> ballots) {
        public Viewer {
            ownCards = Set.copyOf(ownCards);
            ballots = Map.copyOf(ballots);
        }
    }

    /**
     * What every device's view of one committed state shares, worked out once for all of them: with thirty devices
     * and hundreds of cards, asking the record per card and per device (a scan of its contributions each time)
     * kept the window's thread busy for seconds.
     */
    public static final class Shared {
        final WorkshopRecord record;
        final CanvasContent canvas;
        private final Set<Long> hidden = new HashSet<>();
        private final Map<Long, Set<Long>> contributors = new HashMap<>();
        private final List<ParticipantView.Result> results;

        public Shared(WorkshopRecord record, CanvasContent canvas) {
            this.record = record;
            this.canvas = canvas;
            for (Contribution c : record.contributions()) {
                if (c.hidden()) {
                    hidden.add(c.itemId());
                }
                contributors.computeIfAbsent(c.itemId(), k -> new HashSet<>()).add(c.participantId());
            }
            Optional<Vote> shown = record.currentStep().flatMap(step -> record.shownVote(step.id()));
            this.results = shown.filter(v -> !v.open()).map(this::rank).orElse(List.of());
        }

        boolean isHidden(long itemId) {
            return hidden.contains(itemId);
        }

        boolean contributed(long itemId, long participantId) {
            return contributors.getOrDefault(itemId, Set.of()).contains(participantId);
        }

        /** The same ranking as the window's: the vote's revealed cards by {@link VoteTally#rank}. */
        private List<ParticipantView.Result> rank(Vote vote) {
            List<Item> cards = canvas.items().stream()
                    .filter(i -> vote.settings().sections().contains(i.section()) && !isHidden(i.id())).toList();
            List<ParticipantView.Result> rows = new ArrayList<>();
            for (TallyRow row : VoteTally.rank(cards, record.dotsOf(vote.id()))) {
                rows.add(new ParticipantView.Result(row.rank(), row.item().id(), row.item().section().name(),
                        row.item().text(), row.dots(), row.tied()));
            }
            return List.copyOf(rows);
        }
    }

    public static ParticipantView of(WorkshopRecord record, CanvasContent canvas, Viewer viewer, Instant now,
                                     long seq) {
        return of(new Shared(record, canvas), viewer, now, seq);
    }

    public static ParticipantView of(Shared shared, Viewer viewer, Instant now, long seq) {
        WorkshopRecord record = shared.record;
        CanvasContent canvas = shared.canvas;
        String name = record.participant(viewer.participantId()).map(Participant::name).orElse(viewer.name());
        ParticipantView.Me me = new ParticipantView.Me(viewer.participantId(), name, viewer.anonymous());
        Optional<AgendaStep> current = record.currentStep();
        if (current.isEmpty()) {
            ParticipantView.Step none = new ParticipantView.Step(0, 0, "", "", StepKind.BRAINSTORM.name(), List.of(),
                    false, false);
            return new ParticipantView(seq, record.workshop().title(), canvas.canvas().name(), me, none,
                    new ParticipantView.Timer(0, false, false), record.workshop().isRunning() ? WAIT : ENDED,
                    record.workshop().isRunning() ? "The agenda is empty; watch the screen" : ended(), List.of(), 0,
                    null, List.of(), "");
        }
        AgendaStep step = current.get();
        Optional<Vote> shown = record.shownVote(step.id());
        Mine mine = new Mine(shared, viewer, shown);
        List<ParticipantView.Card> cards = new ArrayList<>();
        int hidden = 0;
        List<Section> sections = shown.map(v -> v.settings().sections()).orElse(step.sections());
        for (Item item : canvas.items()) {
            if (!sections.contains(item.section())) {
                continue;
            }
            boolean isMine = mine.card(item.id());
            boolean isHidden = shared.isHidden(item.id());
            if (isHidden && !isMine) {
                hidden++;
            } else if (!isHidden || shown.isEmpty()) {
                cards.add(new ParticipantView.Card(item.id(), item.section().name(), item.text(), isMine,
                        mine.dotsOn(item.id())));
            }
        }
        ParticipantView.VoteState vote = shown.map(v -> voteState(v, mine)).orElse(null);
        List<ParticipantView.Result> results = shared.results;
        String may;
        String mayText;
        if (!record.workshop().isRunning()) {
            may = ENDED;
            mayText = ended();
            cards.clear();
            hidden = 0;
        } else if (vote != null && vote.open()) {
            may = VOTE;
            mayText = "You have " + vote.dotsLeft() + " of " + vote.dotsPerParticipant() + " dot"
                    + (vote.dotsPerParticipant() == 1 ? "" : "s") + " left"
                    + (vote.oneDotPerCard() ? ", one per card" : "");
        } else if (vote != null) {
            may = RESULTS;
            mayText = "The vote has stopped: here is the result";
        } else {
            may = step.kind() == StepKind.BRAINSTORM ? ADD_CARDS : WAIT;
            mayText = doing(step);
        }
        return new ParticipantView(seq, record.workshop().title(), canvas.canvas().name(), me, step(record, step),
                timer(record, step, now), may, mayText, cards, hidden, vote, results, coming(record, step));
    }

    private static String ended() {
        return "The workshop has ended; thank you for your ideas";
    }

    private static String doing(AgendaStep step) {
        return switch (step.kind()) {
            case BRAINSTORM -> "Add your ideas to " + titles(step.sections())
                    + (step.privateStep() ? ": they stay hidden until the facilitator reveals them" : "");
            case FIT -> "The facilitator links what answers what on the canvas; watch the screen";
            case PROMISES -> "The facilitator picks the promises on the canvas; watch the screen";
            case VOTE -> "The vote has not started yet; the facilitator opens it";
        };
    }

    static String titles(List<Section> sections) {
        List<String> titles = sections.stream().map(Section::title).toList();
        if (titles.size() == 1) {
            return titles.get(0);
        }
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " or " + titles.get(titles.size() - 1);
    }

    private static ParticipantView.Step step(WorkshopRecord record, AgendaStep step) {
        List<ParticipantView.SectionRef> refs = step.sections().stream()
                .map(s -> new ParticipantView.SectionRef(s.name(), s.title())).toList();
        return new ParticipantView.Step(record.steps().indexOf(step) + 1, record.steps().size(), step.title(),
                step.prompt(), step.kind().name(), refs, step.privateStep(), step.anonymous());
    }

    private static ParticipantView.Timer timer(WorkshopRecord record, AgendaStep step, Instant now) {
        StepTimer timer = record.workshop().timer(step);
        return new ParticipantView.Timer(timer.remainingSeconds(now), timer.isRunning() && record.workshop().isRunning(),
                timer.isOvertime(now));
    }

    private static String coming(WorkshopRecord record, AgendaStep step) {
        int at = record.steps().indexOf(step);
        return record.steps().stream().skip(at + 1L).filter(s -> !s.skipped()).map(AgendaStep::title).findFirst()
                .orElse("");
    }

    private static ParticipantView.VoteState voteState(Vote vote, Mine mine) {
        int used = mine.dots().stream().mapToInt(Dot::count).sum();
        return new ParticipantView.VoteState(vote.open(), vote.settings().dotsPerParticipant(),
                Math.max(0, vote.settings().dotsPerParticipant() - used), vote.settings().oneDotPerCard(),
                vote.settings().anonymous(), vote.settings().sections().stream().map(Section::name).toList());
    }

    /**
     * This participant's cards and dots: named ones from the record, anonymous ones from the room's memory; the
     * dots of the shown vote counted per card once.
     */
    private static final class Mine {
        private final Shared shared;
        private final Viewer viewer;
        private final List<Dot> dots;
        private final Map<Long, Integer> perCard = new HashMap<>();

        Mine(Shared shared, Viewer viewer, Optional<Vote> shown) {
            this.shared = shared;
            this.viewer = viewer;
            this.dots = shown.map(this::of).orElse(List.of());
            dots.forEach(d -> perCard.merge(d.itemId(), d.count(), Integer::sum));
        }

        boolean card(long itemId) {
            return viewer.ownCards().contains(itemId) || shared.contributed(itemId, viewer.participantId());
        }

        List<Dot> dots() {
            return dots;
        }

        int dotsOn(long itemId) {
            return perCard.getOrDefault(itemId, 0);
        }

        private List<Dot> of(Vote vote) {
            String ballot = viewer.ballots().get(vote.id());
            return shared.record.dotsOf(vote.id()).stream().filter(d -> vote.settings().anonymous()
                    ? d.ballot().equals(ballot) : d.participantId() == viewer.participantId()).toList();
        }
    }
}
