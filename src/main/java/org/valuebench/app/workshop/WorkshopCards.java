package org.valuebench.app.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Sections;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.store.StrategyRepository;

/** Cards in a workshop: added on behalf of a participant, revealed all at once, duplicates merged. */
public final class WorkshopCards {
    private final WorkshopUseCases workshops;

    public WorkshopCards(WorkshopUseCases workshops) {
        this.workshops = workshops;
    }

    /**
     * Adds a card to {@code section} in the current step for the participant (0: nobody named). In a private step
     * the card is hidden until the reveal; in an anonymous step nothing about its author is stored, not even the
     * author field of the card. The change focuses the new card.
     */
    public WorkshopChange addCard(long workshopId, Section section, String text, long participantId) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        AgendaStep step = record.currentStep().orElseThrow(() -> new AppException("The agenda has no steps"));
        if (!step.covers(section)) {
            throw new AppException("The step " + step.title() + " collects "
                    + Sections.titles(step.sections()) + ", not " + section.title());
        }
        long author = step.anonymous() ? Contribution.NOBODY : participantId;
        String authorName = author == Contribution.NOBODY ? "" : record.participant(author)
                .map(Participant::name)
                .orElseThrow(() -> new AppException("There is no participant " + participantId + " in this workshop"));
        long canvasId = record.workshop().canvasId();
        int end = WorkshopUseCases.read(() -> workshops.workbench().workspace().items().count(canvasId, section));
        Item[] card = {WorkshopUseCases.valid(() -> Item.draft(canvasId, section, text).withAuthor(authorName)
                .at(section, end))};
        Contribution[] given = new Contribution[1];
        workshops.workbench().execute(new WorkshopCommand("Add card", canvasId, workshops.workbench().clock(), w -> {
            card[0] = w.items().insert(card[0]);
            Contribution c = given[0] == null ? new Contribution(0, card[0].id(), step.id(), author, step.privateStep())
                    : given[0];
            given[0] = w.workshops().insertContribution(c);
        }, w -> w.items().delete(card[0].id())), 0);
        WorkshopChange done = workshops.changed(workshopId);
        Change shown = done.change();
        // the new card's id, known only once stored: a participant's device remembers its own cards by it
        return new WorkshopChange(new Change(shown.library(), shown.canvas(), card[0].id(), shown.undo()),
                done.workshop());
    }

    /** Shows every hidden card of the workshop at once. */
    public WorkshopChange reveal(long workshopId) {
        WorkshopRecord record = workshops.requireRunning(workshopId);
        List<Contribution> hidden = record.contributions().stream().filter(Contribution::hidden).toList();
        if (hidden.isEmpty()) {
            return workshops.changed(workshopId);
        }
        workshops.workbench().execute(new WorkshopCommand("Reveal cards", record.workshop().canvasId(), null,
                w -> w.workshops().setHidden(hidden, false), w -> w.workshops().setHidden(hidden, true)), 0);
        return workshops.changed(workshopId);
    }

    /**
     * Merges card {@code mergedId} into {@code keptId} of the same section: the kept card keeps its text, the
     * merged card's text (and notes) go to its notes, both authors and contributions stay, the merged card's dots,
     * decisions and fit links move to it, and the merged card is deleted. Undo restores it exactly.
     */
    public WorkshopChange merge(long workshopId, long keptId, long mergedId) {
        WorkshopRecord record = workshops.record(workshopId);
        CanvasContent content = workshops.workbench().canvas(record.workshop().canvasId());
        Item kept = content.item(keptId).orElseThrow(() -> new AppException("Card " + keptId + " is not on the canvas"));
        Item merged = content.item(mergedId).orElseThrow(() -> new AppException("Card " + mergedId
                + " is not on the canvas"));
        if (keptId == mergedId) {
            throw new AppException("A card cannot be merged into itself");
        }
        if (kept.section() != merged.section()) {
            throw new AppException("Only cards of the same section merge: " + MessageText.quote(merged.text())
                    + " is in " + merged.section().title() + ", " + MessageText.quote(kept.text()) + " in "
                    + kept.section().title());
        }
        String notes = Stream.of(kept.notes(), merged.text(), merged.notes()).filter(s -> !s.isBlank())
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
        String author = kept.author().isBlank() || kept.author().equals(merged.author()) ? merged.author()
                : merged.author().isBlank() ? kept.author() : kept.author() + ", " + merged.author();
        Item after = WorkshopUseCases.valid(() -> kept.withNotes(notes).withAuthor(author));
        List<FitLink> mergedLinks = content.links().stream()
                .filter(l -> l.offeringItemId() == mergedId || l.customerItemId() == mergedId).toList();
        List<FitLink> added = new ArrayList<>();
        for (FitLink l : mergedLinks) {
            FitLink moved = l.offeringItemId() == mergedId ? new FitLink(keptId, l.customerItemId())
                    : new FitLink(l.offeringItemId(), keptId);
            if (!content.links().contains(moved) && !added.contains(moved)) {
                added.add(moved);
            }
        }
        var ws = workshops.workbench().workspace();
        List<Contribution> contributions = WorkshopUseCases.read(() -> ws.workshops().contributionsOfItem(mergedId));
        List<Dot> dots = WorkshopUseCases.read(() -> ws.workshopVotes().dotsOnItem(mergedId));
        List<Decision> decisions = WorkshopUseCases.read(() -> ws.workshopVotes().decisionsOnItem(mergedId));
        long[] parked = new long[1];
        StrategyRepository.ItemTrace[] trace = new StrategyRepository.ItemTrace[1];
        workshops.workbench().execute(new WorkshopCommand("Merge cards", kept.canvasId(),
                workshops.workbench().clock(), w -> {
                    w.items().update(after);
                    added.forEach(w.links()::add);
                    w.workshops().moveContributions(contributions, keptId);
                    w.workshopVotes().moveDots(dots, keptId);
                    parked[0] = w.feedback().parkPromise(mergedId);
                    trace[0] = w.strategy().traceOf(mergedId);
                    w.items().delete(mergedId);
                }, w -> {
                    w.items().insert(merged);
                    mergedLinks.forEach(w.links()::add);
                    added.forEach(w.links()::remove);
                    w.items().update(kept);
                    w.workshops().moveContributions(contributions, mergedId);
                    w.workshopVotes().moveDots(dots, mergedId);
                    decisions.forEach(w.workshopVotes()::insertDecision);
                    w.strategy().restore(mergedId, trace[0]);
                    w.feedback().unpark(parked[0]);
                }), keptId);
        return workshops.changed(workshopId);
    }
}
