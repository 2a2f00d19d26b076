package org.valuebench.ui.workshop;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.ImportanceFromVote;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/**
 * The facilitator's console: runs the app.workshop use cases on the database thread like every other edit of the
 * window, shows each committed {@link WorkshopChange} in the editor (canvas, undo) and in the {@link WorkshopSession}
 * the projector reads, and ticks the session's clock through a {@link WorkshopTicker} while a timer runs. Undo and
 * redo from the menu reach the console too: after any change it did not make itself it reads the workshop again.
 */
public final class WorkshopViewModel {
    static final String TITLE = "Workshop";
    private final WorkbenchViewModel workbench;
    private final WorkshopTicker ticker;
    private final Clock clock;
    private final WorkshopDialogs questions;
    /** Database thread only. */
    private final WorkshopActions tools = new WorkshopActions();
    private final WorkshopSession session;
    private final ConsoleText text;
    private final LongProperty participant = new SimpleLongProperty();
    private final ObservableList<TallyRow> results = FXCollections.observableArrayList();
    /** Running workshops the user chose not to resume: the console leaves them alone. */
    private final Set<Long> declined = new HashSet<>();
    /**
     * Workshops started or resumed in this window: only these come back after an undo or a redo, so one found
     * running at opening stays hidden (its timer not shown running) until the facilitator resumes it.
     */
    private final Set<Long> live = new HashSet<>();
    private final WorkshopStarts starts;
    private final javafx.beans.binding.StringBinding dotsLeft;
    private int actionsInFlight;
    /** Actions committed on the database thread whose workshop the JavaFX thread has not shown yet. */
    private final java.util.concurrent.atomic.AtomicInteger showsWaiting = new java.util.concurrent.atomic.AtomicInteger();
    private long resultsOfVote;

    public WorkshopViewModel(WorkbenchViewModel workbench, WorkshopTicker ticker, Clock clock,
                             WorkshopDialogs questions) {
        this.workbench = workbench;
        this.questions = questions;
        this.ticker = ticker;
        this.clock = clock;
        this.session = new WorkshopSession(workbench.canvasProperty());
        this.text = new ConsoleText(session);
        this.dotsLeft = javafx.beans.binding.Bindings.createStringBinding(
                () -> ConsoleText.dotsLeft(session.recordProperty().get(), participant.get()),
                session.recordProperty(), participant);
        this.starts = new WorkshopStarts(this, workbench, questions, tools, declined);
        workbench.revisionProperty().addListener((o, was, is) -> followOtherChanges());
    }

    // ---- state

    public WorkshopSession session() {
        return session;
    }

    /** The participant a card is added or a dot placed for; 0 for none chosen. */
    public LongProperty participantProperty() {
        return participant;
    }

    /** The ranked cards of the last vote stopped, ties shared; empty while none was stopped in this session. */
    public ObservableList<TallyRow> results() {
        return results;
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return text.stepTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty promptProperty() {
        return text.prompt.getReadOnlyProperty();
    }

    /** "Step 3 of 10". */
    public ReadOnlyStringProperty positionProperty() {
        return text.position.getReadOnlyProperty();
    }

    /** "7 ideas in, hidden" while the step has hidden cards, else empty. */
    public ReadOnlyStringProperty hiddenTextProperty() {
        return text.hidden.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevealProperty() {
        return text.canReveal.getReadOnlyProperty();
    }

    /** "8:30 left" or "+0:15 over". */
    public ReadOnlyStringProperty timerTextProperty() {
        return text.timer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overtimeProperty() {
        return text.overtime.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty timerRunningProperty() {
        return text.timerRunning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty voteOpenProperty() {
        return text.voteOpen.getReadOnlyProperty();
    }

    /** "Ann: 1 of 3 dots left" during a named vote, for the participant chosen; else empty. */
    public javafx.beans.binding.StringBinding dotsLeftProperty() {
        return dotsLeft;
    }

    public Optional<WorkshopRecord> record() {
        return Optional.ofNullable(session.recordProperty().get());
    }

    // ---- start, resume, finish

    public void start(String title, WorkshopPlan plan, List<Participant> participants, boolean savePlan) {
        long canvasId = workbench.canvasId();
        if (canvasId != 0) {
            act(t -> t.workshops().start(canvasId, title, plan, participants, savePlan));
        }
    }

    /**
     * Workshop ▸ Start workshop…: shows the start dialog on the canvas's plan (or the default) and its last
     * workshop's participants, and starts what the facilitator set up there (see {@link WorkshopStarts}).
     */
    public void openStart() {
        starts.openStart();
    }

    /** Offers to resume a workshop left running in the workspace (the app was closed or killed mid-workshop). */
    public void offerResume() {
        starts.offerResume();
    }

    public void finish() {
        withWorkshop(id -> act(t -> t.workshops().finish(id)));
    }

    // ---- steps and timer

    public void next() {
        withWorkshop(id -> act(t -> t.workshops().nextStep(id)));
    }

    public void previous() {
        withWorkshop(id -> act(t -> t.workshops().previousStep(id)));
    }

    public void startTimer() {
        withWorkshop(id -> act(t -> t.workshops().startTimer(id)));
    }

    public void pauseTimer() {
        withWorkshop(id -> act(t -> t.workshops().pauseTimer(id)));
    }

    public void addMinute() {
        withWorkshop(id -> act(t -> t.workshops().addMinute(id)));
    }

    public void takeMinute() {
        withWorkshop(id -> act(t -> t.workshops().takeMinute(id)));
    }

    public void resetTimer() {
        withWorkshop(id -> act(t -> t.workshops().resetTimer(id)));
    }

    /** One second of the clock for the timer's display; nothing is stored. */
    public void tick() {
        session.tick(clock.instant());
    }

    // ---- cards

    /** Adds a card to the step for the chosen participant (the step decides whether the author is kept). */
    public void addCard(Section section, String cardText) {
        if (cardText == null || cardText.isBlank()) {
            return;
        }
        long who = participant.get();
        withWorkshop(id -> act(t -> t.cards().addCard(id, section, cardText, who)));
    }

    public void reveal() {
        withWorkshop(id -> act(t -> t.cards().reveal(id)));
    }

    /** Merges {@code mergedId} into {@code keptId} after the facilitator confirms; undoable. */
    public void merge(long keptId, long mergedId) {
        var kept = workbench.canvas().flatMap(c -> c.item(keptId));
        var merged = workbench.canvas().flatMap(c -> c.item(mergedId));
        if (kept.isEmpty() || merged.isEmpty() || keptId == mergedId) {
            return;
        }
        if (workbench.dialogs().confirm("Merge cards", "Merge " + MessageText.quote(merged.get().text()) + " into "
                + MessageText.quote(kept.get().text()) + "? The merged card keeps both texts (the second in its"
                + " notes), both authors and all votes. Ctrl+Z undoes it.", "Merge")) {
            withWorkshop(id -> act(t -> t.cards().merge(id, keptId, mergedId)));
        }
    }

    // ---- votes

    /** Start vote…: asks what to vote on (the step's sections first, three named dots) and starts it. */
    public void openVote() {
        List<Section> suggested = record().flatMap(WorkshopRecord::currentStep).map(s -> s.sections())
                .orElse(List.of());
        questions.askVote(suggested, VoteSettings.DEFAULT_DOTS, false, false).ifPresent(this::startVote);
    }

    /** Paper tally…: asks for the dots counted on paper for the selected card. */
    public void askPaperTally() {
        workbench.selectedItem().ifPresentOrElse(item -> questions.askNumber("Paper tally", "Dots counted on paper"
                + " for " + MessageText.quote(item.text()), 0).ifPresent(n -> typeTally(item.id(), n)),
                () -> workbench.notice("Select the card the paper dots are for"));
    }

    /** Promises…: asks for N, shows which cards the top N are (ties at the cut named) and marks them. */
    public void askPromises() {
        questions.askNumber("Mark promises from the vote", "How many of the top offering cards become promises?", 3)
                .ifPresent(this::applyPromises);
    }

    public void startVote(VoteSettings settings) {
        withWorkshop(id -> act(t -> t.voting().startVote(id, settings)));
    }

    /** A dot on the card for the chosen participant. */
    public void castDot(long itemId) {
        long who = participant.get();
        if (who == 0) {
            workbench.notice("Choose the participant the dot is for");
            return;
        }
        withOpenVote(vote -> act(t -> t.voting().castDot(vote, itemId, who)));
    }

    public void takeBackDot(long itemId) {
        long who = participant.get();
        withOpenVote(vote -> act(t -> t.voting().takeBackDot(vote, itemId, who)));
    }

    /** The dots counted on paper for a card, replacing the paper count typed before. */
    public void typeTally(long itemId, int paperDots) {
        withOpenVote(vote -> act(t -> t.voting().typeTally(vote, itemId, paperDots)));
    }

    /** Stops the vote and shows the ranked results. */
    public void stopVote() {
        withOpenVote(vote -> {
            resultsOfVote = vote;
            act(t -> t.voting().stopVote(vote));
        });
    }

    /** Shows the rule, then sets the importance of the vote's customer cards from their rank. */
    public void applyImportance() {
        long vote = resultsOfVote;
        if (vote != 0 && workbench.dialogs().confirm("Apply the vote to importance", ImportanceFromVote.RULE,
                "Apply importance")) {
            act(t -> t.voting().applyImportance(vote));
        }
    }

    /** Shows which cards the top {@code topN} are (ties at the cut named), then marks them as promises. */
    public void applyPromises(int topN) {
        long vote = resultsOfVote;
        if (vote == 0) {
            return;
        }
        workbench.onDatabase(s -> tools.on(s.current()).voting().promisePreview(vote, topN).explanation(),
                explanation -> {
                    if (workbench.dialogs().confirm("Mark promises from the vote", explanation, "Mark promises")) {
                        act(t -> t.voting().applyPromises(vote, topN));
                    }
                }, e -> workbench.reportFailure(TITLE, e));
    }

    // ---- running the use cases

    private void withWorkshop(java.util.function.LongConsumer action) {
        record().filter(r -> r.workshop().isRunning()).ifPresentOrElse(r -> action.accept(r.workshop().id()),
                () -> workbench.notice("No workshop is running on this canvas"));
    }

    private void withOpenVote(java.util.function.LongConsumer action) {
        record().flatMap(WorkshopRecord::openVote).map(Vote::id).ifPresentOrElse(action::accept,
                () -> workbench.notice("No vote is open; start one first"));
    }

    /**
     * Runs one facilitator action as an edit of the window and shows its committed state in both places; public
     * for the console's other parts (joining), an alert says why when it fails.
     */
    public void act(Function<WorkshopActions, WorkshopChange> action) {
        act(action, error -> workbench.reportFailure(TITLE, error));
    }

    /**
     * Runs an action as an edit of the window like {@link #act(Function)}; a failure goes to {@code refused}
     * (on the JavaFX thread) instead of an alert: a participant's device is told, not the facilitator.
     */
    void act(Function<WorkshopActions, WorkshopChange> action, java.util.function.Consumer<RuntimeException> refused) {
        if (workbench.isClosed()) {
            refused.accept(new org.valuebench.app.AppException("The workshop's window has closed"));
            return;
        }
        AtomicReference<Shown> shown = new AtomicReference<>();
        actionsInFlight++;
        workbench.edit(s -> {
            WorkshopActions t = tools.on(s.current());
            WorkshopChange change = action.apply(t);
            shown.set(shownOf(t, change.workshop()));
            showsWaiting.incrementAndGet();
            return change.change();
        }, done -> {
            actionsInFlight--;
            // A newer action's workshop is already on its way here (devices adding cards in a burst): show that.
            if (showsWaiting.decrementAndGet() == 0) {
                show(shown.get());
            }
        }, error -> {
            actionsInFlight--;
            refused.accept(error);
        });
    }

    /** Reads on the database thread, in order with the edits, with the window's one set of workshop use cases. */
    <T> void read(Function<WorkshopActions, T> query, java.util.function.Consumer<RuntimeException> refused) {
        if (workbench.isClosed()) {
            refused.accept(new org.valuebench.app.AppException("The workshop's window has closed"));
            return;
        }
        workbench.onDatabase(s -> query.apply(tools.on(s.current())), result -> { }, refused);
    }

    /** Database thread: the workshop with its timer as of now, and the results of the vote last stopped. */
    private Shown shownOf(WorkshopActions t, WorkshopRecord record) {
        long vote = resultsOfVote;
        boolean stopped = vote != 0 && record.votes().stream().anyMatch(v -> v.id() == vote && !v.open());
        return new Shown(record, t.workshops().timer(record), t.workshops().now(),
                stopped ? t.voting().tally(vote) : List.of());
    }

    /** After an undo, a redo or another canvas shown: reads the running workshop of the canvas shown again. */
    private void followOtherChanges() {
        if (actionsInFlight > 0 || workbench.phaseProperty().get() != WorkbenchViewModel.Phase.READY) {
            return;
        }
        long canvasId = workbench.canvasId();
        Set<Long> shownHere = Set.copyOf(live);
        workbench.onDatabase(s -> {
            WorkshopActions t = tools.on(s.current());
            return t.workshops().running().stream()
                    .filter(w -> w.canvasId() == canvasId && shownHere.contains(w.id())).findFirst()
                    .map(w -> shownOf(t, t.workshops().record(w.id()))).orElse(null);
        }, this::show, e -> workbench.reportFailure(TITLE, e));
    }

    private void show(Shown shown) {
        if (shown == null || !shown.record().workshop().isRunning()) {
            ticker.stop();
            if (shown == null) {
                session.clear();
            } else {
                session.ended(shown.record());
            }
            results.clear();
            resultsOfVote = 0;
            return;
        }
        live.add(shown.record().workshop().id());
        session.show(shown.record(), shown.timer(), shown.now());
        results.setAll(shown.results());
        if (shown.timer().isRunning()) {
            ticker.start(this::tick);
        } else {
            ticker.stop();
        }
    }

    private record Shown(WorkshopRecord record, org.valuebench.domain.workshop.StepTimer timer,
                         java.time.Instant now, List<TallyRow> results) {
    }
}
