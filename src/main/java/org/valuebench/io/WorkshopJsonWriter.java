package org.valuebench.io;

import static org.valuebench.io.WorkshopJsonFormat.*;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * Writes the "workshops" array of a canvas file: each workshop oldest first with its participants, its agenda
 * (each step with the cards it brought, by item key), its votes (dots by card, decisions applied). Nothing about
 * an author is written for a card of an anonymous step, nor for a dot of an anonymous vote: not the participant,
 * not the ballot (which would tell which dots one person gave).
 */
final class WorkshopJsonWriter {
    private final JsonGenerator json;
    private final Map<Long, String> itemKeys;

    WorkshopJsonWriter(JsonGenerator json, Map<Long, String> itemKeys) {
        this.json = json;
        this.itemKeys = itemKeys;
    }

    void write(List<WorkshopRecord> workshops) throws IOException {
        json.writeArrayFieldStart(CanvasJsonFormat.WORKSHOPS);
        for (WorkshopRecord r : workshops) {
            workshop(r);
        }
        json.writeEndArray();
    }

    private void workshop(WorkshopRecord r) throws IOException {
        Map<Long, String> participants = new HashMap<>();
        for (int i = 0; i < r.participants().size(); i++) {
            participants.put(r.participants().get(i).id(), participantKey(i));
        }
        Map<Long, String> steps = new HashMap<>();
        for (int i = 0; i < r.steps().size(); i++) {
            steps.put(r.steps().get(i).id(), stepKey(i));
        }
        json.writeStartObject();
        json.writeStringField(TITLE, r.workshop().title());
        json.writeStringField(STARTED, r.workshop().started().toString());
        instant(ENDED, r.workshop().ended());
        json.writeStringField(STATE, lower(r.workshop().state()));
        json.writeNumberField(CURRENT_STEP, r.workshop().currentStep() + 1);
        json.writeNumberField(TIMER_EXTRA, r.workshop().timerExtraSeconds());
        json.writeArrayFieldStart(PARTICIPANTS);
        for (int i = 0; i < r.participants().size(); i++) {
            json.writeStartObject();
            json.writeStringField(KEY, participantKey(i));
            json.writeStringField(NAME, r.participants().get(i).name());
            json.writeStringField(ROLE, r.participants().get(i).role());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart(STEPS);
        for (int i = 0; i < r.steps().size(); i++) {
            step(r, r.steps().get(i), stepKey(i), participants);
        }
        json.writeEndArray();
        json.writeArrayFieldStart(VOTES);
        for (Vote vote : r.votes()) {
            vote(r, vote, steps, participants);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void step(WorkshopRecord r, AgendaStep s, String key, Map<Long, String> participants) throws IOException {
        json.writeStartObject();
        json.writeStringField(KEY, key);
        json.writeStringField(TITLE, s.title());
        sections(s.sections());
        json.writeStringField(PROMPT, s.prompt());
        json.writeStringField(KIND, lower(s.kind()));
        json.writeNumberField(PLANNED, s.plannedSeconds());
        json.writeNumberField(ACTUAL, s.actualSeconds());
        json.writeBooleanField(PRIVATE, s.privateStep());
        json.writeBooleanField(ANONYMOUS, s.anonymous());
        json.writeBooleanField(SKIPPED, s.skipped());
        json.writeArrayFieldStart(CARDS);
        for (Contribution c : r.contributionsOf(s.id())) {
            json.writeStartObject();
            json.writeStringField(ITEM, item(c.itemId()));
            if (!s.anonymous() && c.hasAuthor()) {
                json.writeStringField(PARTICIPANT, participant(participants, c.participantId()));
            }
            json.writeBooleanField(HIDDEN, c.hidden());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void vote(WorkshopRecord r, Vote vote, Map<Long, String> steps, Map<Long, String> participants)
            throws IOException {
        json.writeStartObject();
        json.writeStringField(STEP, steps.get(vote.stepId()));
        sections(vote.settings().sections());
        json.writeNumberField(DOTS_PER_PARTICIPANT, vote.settings().dotsPerParticipant());
        json.writeBooleanField(ONE_DOT_PER_CARD, vote.settings().oneDotPerCard());
        json.writeBooleanField(ANONYMOUS, vote.settings().anonymous());
        json.writeBooleanField(OPEN, vote.open());
        json.writeArrayFieldStart(DOTS);
        for (Dot dot : r.dotsOf(vote.id())) {
            json.writeStartObject();
            json.writeStringField(ITEM, item(dot.itemId()));
            if (dot.ballot().equals(Dot.PAPER)) {
                json.writeBooleanField(PAPER, true);
            } else if (!vote.settings().anonymous() && dot.participantId() != 0) {
                json.writeStringField(PARTICIPANT, participant(participants, dot.participantId()));
            }
            json.writeNumberField(COUNT, dot.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart(DECISIONS);
        for (Decision d : r.decisionsOf(vote.id())) {
            json.writeStartObject();
            json.writeStringField(ITEM, item(d.itemId()));
            json.writeStringField(KIND, lower(d.kind()));
            json.writeNumberField(VALUE, d.value());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void sections(List<Section> sections) throws IOException {
        json.writeArrayFieldStart(SECTIONS);
        for (Section s : sections) {
            json.writeString(CanvasJsonFormat.sectionName(s));
        }
        json.writeEndArray();
    }

    private void instant(String field, Instant value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value.toString());
        }
    }

    private String item(long itemId) {
        String key = itemKeys.get(itemId);
        if (key == null) {
            throw new FormatException("A workshop points to item " + itemId + ", which is not on the canvas");
        }
        return key;
    }

    private static String participant(Map<Long, String> participants, long id) {
        String key = participants.get(id);
        if (key == null) {
            throw new FormatException("A workshop names participant " + id + ", who is not among its participants");
        }
        return key;
    }
}
