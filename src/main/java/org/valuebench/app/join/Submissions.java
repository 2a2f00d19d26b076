package org.valuebench.app.join;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.MessageText;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * A participant's card or dot checked against the step as last committed (refused with a clear message before
 * anything runs), and the use case to run for it. The use case checks again on the thread that owns the
 * workbench, so a step that moved on meanwhile still refuses.
 */
final class Submissions {
    private Submissions() {
    }

    /**
     * What to run and, once committed, what the room remembers of it (under its lock).
     */
    record Prepared(Function<WorkshopActions, WorkshopChange> action, BiConsumer<WorkshopChange, Device> after) {
    }

    static Prepared card(WorkshopRecord record, long workshopId, Device device, String sectionKey, String text) {
        Section section = section(sectionKey);
        AgendaStep step = record.currentStep().filter(s -> s.kind() == StepKind.BRAINSTORM)
                .orElseThrow(() -> new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "No step takes cards now"
                        + record.currentStep().map(s -> " (the step is " + s.title() + ")").orElse("")));
        if (!step.covers(section)) {
            throw new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "The step " + step.title() + " takes cards for "
                    + ParticipantViews.titles(step.sections()) + ", not " + section.title());
        }
        String checked;
        try {
            checked = Limits.requiredText("A card's text", text, Limits.MAX_ITEM_TEXT);
        } catch (InvalidInputException e) {
            throw new RoomRefusal(RoomRefusal.Kind.BAD_REQUEST, e.getMessage());
        }
        long participant = device.participantId;
        return new Prepared(a -> a.cards().addCard(workshopId, section, checked, participant), (change, d) -> {
            d.ownCards.add(change.change().focusItemId());
            d.cardsAdded++;
        });
    }

    static Prepared dot(WorkshopRecord record, CanvasContent canvas, Device device, long cardId, boolean place) {
        Optional<AgendaStep> step = record.currentStep();
        Vote vote = record.openVote().filter(v -> step.isPresent() && v.stepId() == step.get().id())
                .orElseThrow(() -> new RoomRefusal(RoomRefusal.Kind.FORBIDDEN, "No vote is open now"));
        Optional<Item> card = canvas.item(cardId)
                .filter(i -> vote.settings().sections().contains(i.section()) && !record.isHidden(i.id()));
        if (card.isEmpty()) {
            throw new RoomRefusal(RoomRefusal.Kind.NOT_FOUND, "Card " + cardId + " is not one of this vote's cards");
        }
        long voteId = vote.id();
        long participant = device.participantId;
        boolean anonymous = vote.settings().anonymous();
        String[] ballot = new String[1];
        return new Prepared(a -> {
            WorkshopChange change = place ? a.voting().castDot(voteId, cardId, participant)
                    : a.voting().takeBackDot(voteId, cardId, participant);
            if (anonymous) {
                ballot[0] = a.voting().ballotOf(voteId, participant);
            }
            return change;
        }, (change, d) -> {
            if (ballot[0] != null) {
                d.ballots.put(voteId, ballot[0]);
            }
        });
    }

    private static Section section(String key) {
        try {
            return Section.parse(key == null ? "" : key);
        } catch (InvalidInputException e) {
            throw new RoomRefusal(RoomRefusal.Kind.BAD_REQUEST, "There is no section " + MessageText.quote(key == null ? "" : key));
        }
    }
}
