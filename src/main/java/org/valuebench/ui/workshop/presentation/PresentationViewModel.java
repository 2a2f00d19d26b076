package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepTimer;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteTally;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workshop.ProjectorPages;
import org.valuebench.ui.workshop.WorkshopSession;

/**
 * The projector's view of the running workshop: one {@link Slide} per change of the workshop or its canvas, and
 * the timer's text per tick of the clock (a tick does not rebuild the slide). Only reads the session.
 */
public final class PresentationViewModel {
    /** One dot as the room sees it. */
    public static final String DOT = "●";
    private static final int MOST_DOTS_DRAWN = 10;
    /** Up to this many cards without dots are listed in a vote's result one by one. */
    static final int UNDOTTED_LISTED = 3;
    private final WorkshopSession session;
    private final ReadOnlyObjectWrapper<Slide> slide = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overtime = new ReadOnlyBooleanWrapper();
    private final Consumer<Runnable> later;
    private boolean refreshPending;
    /** What the shown slide is about: when it changes (a new step, a reveal, a vote's result) paging starts over. */
    private String shownMoment = "";

    public PresentationViewModel(WorkshopSession session) {
        this(session, Platform::runLater);
    }

    /** @param later runs a task after the current event on the JavaFX thread */
    PresentationViewModel(WorkshopSession session, Consumer<Runnable> later) {
        this.session = session;
        this.later = later;
        session.recordProperty().addListener((obs, was, now) -> refreshSoon());
        session.canvasProperty().addListener((obs, was, now) -> refreshSoon());
        session.timerProperty().addListener((obs, was, now) -> readTimer());
        session.nowProperty().addListener((obs, was, now) -> readTimer());
        refresh();
    }

    public ReadOnlyObjectProperty<Slide> slideProperty() {
        return slide.getReadOnlyProperty();
    }

    /** "8:30" left, or "+2:10 over"; empty without a timer. */
    public ReadOnlyStringProperty timerTextProperty() {
        return timerText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overtimeProperty() {
        return overtime.getReadOnlyProperty();
    }

    /** "●●●" for three dots; beyond ten, "● 14" so a long row never crowds out the card. */
    public static String dots(int count) {
        if (count <= 0) {
            return "";
        }
        return count <= MOST_DOTS_DRAWN ? DOT.repeat(count) : DOT + " " + count;
    }

    private void readTimer() {
        StepTimer timer = session.timerProperty().get();
        if (timer == null || session.recordProperty().get() == null) {
            timerText.set("");
            overtime.set(false);
            return;
        }
        timerText.set(timer.text(session.nowProperty().get()));
        overtime.set(timer.remainingSeconds(session.nowProperty().get()) < 0);
    }

    /**
     * Builds the slide once for all the changes of one event: the console sets the canvas and then the workshop
     * after an action, and with 200 cards on the step building the slide twice would cost a frame.
     */
    private void refreshSoon() {
        if (!refreshPending) {
            refreshPending = true;
            later.accept(this::refresh);
        }
    }

    /** The page of cards the projector shows; the console turns it too. */
    public ProjectorPages pages() {
        return session.pages();
    }

    private void refresh() {
        refreshPending = false;
        Slide next = slideOf(session.recordProperty().get(), session.canvasProperty().get());
        String moment = next.kind() + "|" + next.position() + "|" + next.title() + "|" + next.hidden().isEmpty();
        if (!moment.equals(shownMoment)) {
            shownMoment = moment;
            session.pages().first();
        }
        slide.set(next);
        readTimer();
    }

    /** The slide for a workshop on its canvas; the title screen when none runs or its agenda is empty. */
    static Slide slideOf(WorkshopRecord record, CanvasContent canvas) {
        String canvasName = canvas == null ? "" : canvas.canvas().name();
        if (record == null || canvas == null || record.workshop().ended() != null) {
            return Slide.title("ValueBench workshop", canvasName);
        }
        Optional<AgendaStep> current = record.currentStep();
        if (current.isEmpty()) {
            return Slide.title(record.workshop().title(), canvasName);
        }
        AgendaStep step = current.get();
        Optional<Vote> vote = record.shownVote(step.id());
        String hidden = hiddenText(record.hiddenCount(step.id()));
        String position = position(record, step);
        if (vote.isPresent() && !vote.get().open()) {
            List<Item> cards = shownCards(record, canvas, vote.get().settings().sections());
            List<Slide.ResultRow> rows = resultRows(VoteTally.rank(cards, record.dotsOf(vote.get().id())));
            return new Slide(Slide.Kind.RESULT, step.title(), canvasName, step.prompt(), position, hidden, List.of(),
                    rows, List.of());
        }
        List<Section> sections = vote.map(v -> v.settings().sections()).orElse(step.sections());
        Map<Long, Integer> dots = vote.map(v -> record.dotsPerCard(v.id())).orElse(Map.of());
        List<Slide.SectionCards> shown = new ArrayList<>();
        for (Section section : sections) {
            List<Slide.Card> cards = shownCards(record, canvas, List.of(section)).stream()
                    .map(i -> new Slide.Card(i.id(), i.text(), dots.getOrDefault(i.id(), 0))).toList();
            shown.add(new Slide.SectionCards(section, cards));
        }
        List<String> left = vote.map(v -> dotsLeft(record, v)).orElse(List.of());
        return new Slide(vote.isPresent() ? Slide.Kind.VOTING : Slide.Kind.CARDS, step.title(), canvasName,
                step.prompt(), position, hidden, shown, List.of(), left);
    }

    /**
     * The ranked cards; the cards nobody gave a dot share the last rank, and more than {@value #UNDOTTED_LISTED} of
     * them show as one line ("140 cards without dots"): the room looks for what it chose, and 200 rows would cost
     * the projector a frame.
     */
    private static List<Slide.ResultRow> resultRows(List<TallyRow> ranked) {
        List<Slide.ResultRow> rows = new ArrayList<>();
        List<TallyRow> undotted = ranked.stream().filter(r -> r.dots() == 0).toList();
        for (TallyRow row : ranked) {
            if (row.dots() > 0 || undotted.size() <= UNDOTTED_LISTED) {
                rows.add(new Slide.ResultRow(row.rankText(), row.dots(), row.item().section(), row.item().text()));
            }
        }
        if (undotted.size() > UNDOTTED_LISTED) {
            TallyRow first = undotted.get(0);
            rows.add(new Slide.ResultRow(first.rankText(), 0, first.item().section(),
                    undotted.size() + " cards without dots"));
        }
        return rows;
    }

    /** The step's open vote, else its latest (whose result then shows), else none. */
    private static String hiddenText(int count) {
        if (count == 0) {
            return "";
        }
        return count == 1 ? "1 idea in, hidden" : count + " ideas in, hidden";
    }

    /** "Step 3 of 10", counting the steps not skipped. */
    private static String position(WorkshopRecord record, AgendaStep step) {
        List<AgendaStep> held = record.steps().stream().filter(s -> !s.skipped() || s.id() == step.id()).toList();
        return "Step " + (held.indexOf(step) + 1) + " of " + held.size();
    }

    /** The cards of the sections the room may see: hidden ones (waiting for the reveal) are left out. */
    private static List<Item> shownCards(WorkshopRecord record, CanvasContent canvas, List<Section> sections) {
        Set<Long> hidden = new HashSet<>();
        record.contributions().stream().filter(Contribution::hidden).forEach(c -> hidden.add(c.itemId()));
        return canvas.items().stream().filter(i -> sections.contains(i.section()) && !hidden.contains(i.id()))
                .toList();
    }

    /** "Ann 2 left" for every participant of a named vote; nothing for an anonymous one. */
    private static List<String> dotsLeft(WorkshopRecord record, Vote vote) {
        if (vote.settings().anonymous()) {
            return List.of();
        }
        Map<Long, Integer> used = new HashMap<>();
        for (Dot dot : record.dotsOf(vote.id())) {
            used.merge(dot.participantId(), dot.count(), Integer::sum);
        }
        List<String> left = new ArrayList<>();
        for (Participant p : record.participants()) {
            int n = Math.max(0, vote.settings().dotsPerParticipant() - used.getOrDefault(p.id(), 0));
            left.add(p.name() + " " + n + " left");
        }
        return left;
    }
}
