package org.valuebench.ui.workshop.presentation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.DefaultAgenda;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workshop.WorkshopSession;

/**
 * Workshops built directly as records, at the moments the projector shows: a private step with hidden cards, the
 * step after the reveal, a vote with dots, the vote's result. For the presentation's tests and its benchmark.
 */
public final class PresentationScenes {
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** The default agenda's first step, Wants: private, on the customer's wants. */
    public static final int WANTS_STEP = 0;
    /** The default agenda's last step, the vote on the customer profile. */
    public static final int VOTE_STEP = 9;
    private static final long WORKSHOP = 7;
    private final SimpleObjectProperty<CanvasContent> canvas = new SimpleObjectProperty<>();
    private final WorkshopSession session = new WorkshopSession(canvas);
    private final List<AgendaStep> steps = new ArrayList<>();
    private final List<Participant> participants = List.of(new Participant(1, WORKSHOP, 0, "Ann", "sales"),
            new Participant(2, WORKSHOP, 1, "Bashir", "operations"), new Participant(3, WORKSHOP, 2, "Chen", ""));

    public PresentationScenes() {
        List<AgendaStep> agenda = DefaultAgenda.steps();
        for (int i = 0; i < agenda.size(); i++) {
            steps.add(agenda.get(i).withId(100 + i, WORKSHOP));
        }
    }

    public WorkshopSession session() {
        return session;
    }

    /** A card text of about {@code words} words, different for each {@code n}. */
    public static String text(int n, int words) {
        StringBuilder text = new StringBuilder("Idea " + n + ":");
        String[] pool = {"quick", "friendly", "service", "without", "waiting", "and", "a", "fair", "price", "for",
            "regulars", "who", "come", "every", "morning"};
        for (int w = 0; w < words; w++) {
            text.append(' ').append(pool[(n + w) % pool.length]);
        }
        return text.toString();
    }

    private static List<Item> wants(int count, int words) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Item(1000 + i, 1, Section.WANTS, i, text(i, words), "", null, "", 3, false, 3));
        }
        return items;
    }

    private static CanvasContent canvasWith(List<Item> items) {
        return new CanvasContent(new Canvas(1, "Corner café", "Regulars", "Coffee", "", NOW, NOW), items, List.of());
    }

    private Workshop workshopAt(int step) {
        return new Workshop(WORKSHOP, 1, "Café team day", NOW.minusSeconds(3600), null,
                org.valuebench.domain.workshop.WorkshopState.RUNNING, 0, null, 0).atStep(step);
    }

    /** The Wants step with {@code count} cards written, the first {@code hidden} of them still hidden. */
    public void privateStep(int count, int hidden, int words) {
        List<Item> items = wants(count, words);
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contributions.add(new Contribution(i + 1, items.get(i).id(), steps.get(WANTS_STEP).id(), 1 + i % 3,
                    i < hidden));
        }
        canvas.set(canvasWith(items));
        WorkshopRecord record = new WorkshopRecord(workshopAt(WANTS_STEP), steps, participants, contributions,
                List.of(), List.of(), List.of());
        session.show(record, record.workshop().timer(steps.get(WANTS_STEP)), NOW);
    }

    /** The Wants step with {@code count} cards, all revealed. */
    public void revealed(int count, int words) {
        privateStep(count, 0, words);
    }

    /** The vote step, open, with {@code dots.get(i)} dots on card i, cast by Ann and Bashir in turn. */
    public void voting(int count, List<Integer> dotsPerCard, boolean open) {
        List<Item> items = wants(count, 6);
        AgendaStep step = steps.get(VOTE_STEP);
        Vote vote = new Vote(50, WORKSHOP, step.id(), VoteSettings.of(List.of(Section.WANTS)), open);
        List<Dot> dots = new ArrayList<>();
        long dotId = 1;
        for (int i = 0; i < dotsPerCard.size(); i++) {
            for (int d = 0; d < dotsPerCard.get(i); d++) {
                long participant = 1 + dots.size() % 2;
                dots.add(new Dot(dotId++, vote.id(), items.get(i).id(), "p" + participant, participant, 1));
            }
        }
        canvas.set(canvasWith(items));
        WorkshopRecord record = new WorkshopRecord(workshopAt(VOTE_STEP), steps, participants, List.of(),
                List.of(vote), dots, List.of());
        session.show(record, record.workshop().timer(step), NOW);
    }

    /** The Wants step with a few cards, its timer run {@code elapsed} seconds of its 10 minutes. */
    public void timed(int elapsed) {
        revealed(3, 4);
        WorkshopRecord record = session.recordProperty().get();
        session.show(record, StepTimer.paused(steps.get(WANTS_STEP).plannedSeconds(), elapsed), NOW);
    }

    /** No workshop runs. */
    public void none() {
        canvas.set(canvasWith(wants(3, 4)));
        session.clear();
    }
}
