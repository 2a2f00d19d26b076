package org.valuebench.io;

import static org.valuebench.domain.MessageText.quote;
import static org.valuebench.io.WorkshopJsonFormat.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.StepKind;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.domain.workshop.WorkshopState;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonNull;
import org.valuebench.io.LocatedJson.JsonNumber;
import org.valuebench.io.LocatedJson.JsonObject;
import org.valuebench.io.LocatedJson.JsonString;

/**
 * Reads the "workshops" of a canvas file (version 4 on). The records have ids local to the file: workshops 1, 2, …,
 * steps, participants and votes numbered across the file, cards the items' local ids, canvas 0. A named dot's
 * ballot is "participant-ID" of that local id; an anonymous one gets a ballot of its own, tied to nobody; a paper
 * tally the ballot {@link Dot#PAPER}. Counts are capped ({@link Limits}, {@link WorkshopJsonFormat#MAX_ROWS}).
 */
final class WorkshopsReader {
    private static final Set<String> WORKSHOP_FIELDS = Set.of(TITLE, STARTED, ENDED, STATE, CURRENT_STEP, TIMER_EXTRA,
            PARTICIPANTS, STEPS, VOTES);
    private static final Set<String> PARTICIPANT_FIELDS = Set.of(KEY, NAME, ROLE);
    private static final Set<String> STEP_FIELDS = Set.of(KEY, TITLE, SECTIONS, PROMPT, KIND, PLANNED, ACTUAL, PRIVATE,
            ANONYMOUS, SKIPPED, CARDS);
    private static final Set<String> CARD_FIELDS = Set.of(ITEM, PARTICIPANT, HIDDEN);
    private static final Set<String> VOTE_FIELDS = Set.of(STEP, SECTIONS, DOTS_PER_PARTICIPANT, ONE_DOT_PER_CARD,
            ANONYMOUS, OPEN, DOTS, DECISIONS);
    private static final Set<String> DOT_FIELDS = Set.of(ITEM, PARTICIPANT, PAPER, COUNT);
    private static final Set<String> DECISION_FIELDS = Set.of(ITEM, KIND, VALUE);

    private final JsonChecks json;
    private final ItemKeys keys;
    private long nextId = 1;

    WorkshopsReader(JsonChecks json, ItemKeys keys) {
        this.json = json;
        this.keys = keys;
    }

    List<WorkshopRecord> read(LocatedJson value, int version) {
        JsonArray array = json.array(value, "an array of workshops, each {\"title\": TEXT, \"started\": DATE, ...}");
        if (version < CanvasJsonFormat.WORKSHOPS_SINCE && !array.elements().isEmpty()) {
            throw json.problem(array, "a file of schemaVersion " + version + " cannot hold workshops ("
                    + array.elements().size() + " found); expected \"schemaVersion\": "
                    + CanvasJsonFormat.WORKSHOPS_SINCE + " or higher for a file with workshops");
        }
        capped(array, MAX_WORKSHOPS, "workshops");
        List<WorkshopRecord> records = new ArrayList<>();
        for (LocatedJson element : array.elements()) {
            records.add(workshop(element, records.size() + 1));
        }
        return records;
    }

    private WorkshopRecord workshop(LocatedJson value, long workshopId) {
        JsonObject w = json.object(value, "a workshop: an object with at least \"title\" and \"started\"");
        json.onlyFields(w, WORKSHOP_FIELDS, "a workshop");
        String title = json.text(json.required(w, TITLE, "the workshop's title"), "the workshop's title",
                Limits.MAX_NAME, true);
        Instant started = instant(json.required(w, STARTED, "when the workshop started"));
        Instant ended = json.optional(w, ENDED).filter(v -> !(v instanceof JsonNull)).map(this::instant).orElse(null);
        WorkshopState state = json.optional(w, STATE).map(v -> choice(v, WorkshopState.values(), "the workshop's state"))
                .orElse(ended == null ? WorkshopState.RUNNING : WorkshopState.FINISHED);
        int timerExtra = json.optional(w, TIMER_EXTRA).map(v -> whole(v, "the timer's extra seconds",
                -Limits.MAX_STEP_SECONDS, Limits.MAX_STEP_SECONDS)).orElse(0);

        Map<String, Long> participantIds = new HashMap<>();
        List<Participant> participants = new ArrayList<>();
        JsonArray people = json.optional(w, PARTICIPANTS).map(v -> json.array(v, "an array of participants"))
                .orElse(null);
        if (people != null) {
            capped(people, Limits.MAX_PARTICIPANTS, "participants");
            for (LocatedJson element : people.elements()) {
                JsonObject p = json.object(element, "a participant: {\"key\": KEY, \"name\": TEXT, \"role\": TEXT}");
                json.onlyFields(p, PARTICIPANT_FIELDS, "a participant");
                long id = nextId++;
                String key = localKey(json.required(p, KEY, "the participant's key"), participantIds, id);
                String name = json.text(json.required(p, NAME, "the participant's name"), "the participant's name",
                        Limits.MAX_NAME, true);
                String role = json.optionalText(p, ROLE, "the participant's role", Limits.MAX_NAME);
                int position = participants.size();
                participants.add(json.domain(p, () -> new Participant(id, workshopId, position, name, role)));
                participantIds.put(key, id);
            }
        }

        Map<String, Long> stepIds = new HashMap<>();
        List<AgendaStep> steps = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        JsonArray agenda = json.optional(w, STEPS).map(v -> json.array(v, "an array of agenda steps")).orElse(null);
        if (agenda != null) {
            capped(agenda, Limits.MAX_STEPS, "steps");
            for (LocatedJson element : agenda.elements()) {
                AgendaStep step = step(element, workshopId, steps.size(), stepIds, participantIds, contributions);
                steps.add(step);
            }
        }
        int current = json.optional(w, CURRENT_STEP).map(v -> whole(v, "the current step (1 = the first)", 1,
                Math.max(1, steps.size()))).orElse(1) - 1;

        List<Vote> votes = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        json.optional(w, VOTES).ifPresent(v -> {
            JsonArray array = json.array(v, "an array of votes");
            capped(array, Limits.MAX_STEPS, "votes");
            for (LocatedJson element : array.elements()) {
                votes.add(vote(element, workshopId, stepIds, participantIds, dots, decisions));
            }
        });
        Workshop workshop = json.domain(w, () -> new Workshop(workshopId, 0, title, started, ended, state, current,
                null, timerExtra));
        return new WorkshopRecord(workshop, steps, participants, contributions, votes, dots, decisions);
    }

    private AgendaStep step(LocatedJson value, long workshopId, int position, Map<String, Long> stepIds,
                            Map<String, Long> participantIds, List<Contribution> contributions) {
        JsonObject s = json.object(value, "an agenda step: an object with at least \"key\", \"title\" and \"sections\"");
        json.onlyFields(s, STEP_FIELDS, "an agenda step");
        long id = nextId++;
        localKey(json.required(s, KEY, "the step's key"), stepIds, id);
        String title = json.text(json.required(s, TITLE, "the step's title"), "the step's title", Limits.MAX_NAME, true);
        List<Section> sections = sections(json.required(s, SECTIONS, "the step's sections"));
        String prompt = json.optionalText(s, PROMPT, "the step's prompt", Limits.MAX_PROMPT);
        StepKind kind = json.optional(s, KIND).map(v -> choice(v, StepKind.values(), "the step's kind"))
                .orElse(StepKind.BRAINSTORM);
        int planned = json.optional(s, PLANNED).map(v -> whole(v, "the step's time box in seconds", 0,
                Limits.MAX_STEP_SECONDS)).orElse(0);
        int actual = json.optional(s, ACTUAL).map(v -> whole(v, "the step's actual seconds", 0, Integer.MAX_VALUE / 2))
                .orElse(0);
        boolean privateStep = json.optional(s, PRIVATE).map(json::bool).orElse(false);
        boolean anonymous = json.optional(s, ANONYMOUS).map(json::bool).orElse(false);
        boolean skipped = json.optional(s, SKIPPED).map(json::bool).orElse(false);
        json.optional(s, CARDS).ifPresent(v -> {
            JsonArray cards = json.array(v, "an array of the cards the step brought, each {\"item\": KEY, ...}");
            capped(cards, MAX_ROWS, "cards");
            for (LocatedJson element : cards.elements()) {
                JsonObject c = json.object(element, "a card: {\"item\": KEY, \"participant\": KEY, \"hidden\": BOOL}");
                json.onlyFields(c, CARD_FIELDS, "a card of a step");
                Item item = item(json.required(c, ITEM, "the card's item key"));
                long author = json.optional(c, PARTICIPANT).filter(p -> !(p instanceof JsonNull))
                        .map(p -> participant(p, participantIds)).orElse(Contribution.NOBODY);
                if (anonymous && author != Contribution.NOBODY) {
                    throw json.problem(c.members().get(PARTICIPANT), "a card of an anonymous step names no"
                            + " participant; expected no \"participant\"");
                }
                boolean hidden = json.optional(c, HIDDEN).map(json::bool).orElse(false);
                contributions.add(new Contribution(0, item.id(), id, author, hidden));
            }
        });
        return json.domain(s, () -> new AgendaStep(id, workshopId, position, title, sections, prompt, planned, actual,
                kind, privateStep, anonymous, skipped));
    }

    private Vote vote(LocatedJson value, long workshopId, Map<String, Long> stepIds, Map<String, Long> participantIds,
                      List<Dot> dots, List<Decision> decisions) {
        JsonObject v = json.object(value, "a vote: an object with at least \"step\" and \"sections\"");
        json.onlyFields(v, VOTE_FIELDS, "a vote");
        LocatedJson stepValue = json.required(v, STEP, "the key of the step the vote was taken in");
        long stepId = localReference(stepValue, stepIds, "step", "\"steps\"");
        List<Section> sections = sections(json.required(v, SECTIONS, "the sections voted on"));
        int perParticipant = json.optional(v, DOTS_PER_PARTICIPANT).map(n -> whole(n, "the dots per participant", 1,
                Limits.MAX_DOTS)).orElse(VoteSettings.DEFAULT_DOTS);
        boolean oneDotPerCard = json.optional(v, ONE_DOT_PER_CARD).map(json::bool).orElse(false);
        boolean anonymous = json.optional(v, ANONYMOUS).map(json::bool).orElse(false);
        boolean open = json.optional(v, OPEN).map(json::bool).orElse(false);
        long voteId = nextId++;
        VoteSettings settings = json.domain(v, () -> new VoteSettings(sections, perParticipant, oneDotPerCard, anonymous));
        json.optional(v, DOTS).ifPresent(d -> {
            JsonArray array = json.array(d, "an array of dots, each {\"item\": KEY, \"participant\": KEY, \"count\": N}");
            capped(array, MAX_ROWS, "dots");
            for (LocatedJson element : array.elements()) {
                dots.add(dot(element, voteId, anonymous, participantIds));
            }
        });
        json.optional(v, DECISIONS).ifPresent(d -> {
            JsonArray array = json.array(d, "an array of decisions, each {\"item\": KEY, \"kind\": ..., \"value\": N}");
            capped(array, MAX_ROWS, "decisions");
            for (LocatedJson element : array.elements()) {
                JsonObject o = json.object(element, "a decision: {\"item\": KEY, \"kind\": \"importance\" or"
                        + " \"promise\", \"value\": 1-5}");
                json.onlyFields(o, DECISION_FIELDS, "a decision");
                Item item = item(json.required(o, ITEM, "the key of the card decided on"));
                Decision.Kind kind = choice(json.required(o, KIND, "the decision's kind"), Decision.Kind.values(),
                        "the decision's kind");
                int level = json.level(json.required(o, VALUE, "the level set"), "level set");
                decisions.add(new Decision(0, workshopId, voteId, item.id(), kind, level));
            }
        });
        return new Vote(voteId, workshopId, stepId, settings, open);
    }

    private Dot dot(LocatedJson element, long voteId, boolean anonymous, Map<String, Long> participantIds) {
        JsonObject d = json.object(element, "a dot: {\"item\": KEY, \"participant\": KEY, \"count\": N}");
        json.onlyFields(d, DOT_FIELDS, "a dot");
        Item item = item(json.required(d, ITEM, "the key of the card the dot is on"));
        boolean paper = json.optional(d, PAPER).map(json::bool).orElse(false);
        long participant = json.optional(d, PARTICIPANT).filter(p -> !(p instanceof JsonNull))
                .map(p -> participant(p, participantIds)).orElse(0L);
        if (participant != 0 && (anonymous || paper)) {
            throw json.problem(d.members().get(PARTICIPANT), "a dot of " + (paper ? "a paper tally" : "an anonymous"
                    + " vote") + " names no participant; expected no \"participant\"");
        }
        int count = json.optional(d, COUNT).map(n -> whole(n, "the number of dots", 1, MAX_ROWS)).orElse(1);
        String ballot = paper ? Dot.PAPER : participant != 0 ? "participant-" + participant : "anonymous-" + nextId++;
        return new Dot(0, voteId, item.id(), ballot, participant, count);
    }

    private Item item(LocatedJson value) {
        if (!(value instanceof JsonString key)) {
            throw json.problem(value, "expected the key of an item, found " + json.describe(value));
        }
        ItemKeys.KeyedItem target = keys.get(key.value());
        if (target == null) {
            throw json.problem(value, "no item has the key " + quote(key.value()) + "; expected the key of an item"
                    + " listed under \"sections\"");
        }
        return target.item();
    }

    private long participant(LocatedJson value, Map<String, Long> participantIds) {
        return localReference(value, participantIds, "participant", "the workshop's \"participants\"");
    }

    private long localReference(LocatedJson value, Map<String, Long> ids, String what, String where) {
        if (value instanceof JsonString key && ids.containsKey(key.value())) {
            return ids.get(key.value());
        }
        throw json.problem(value, "expected the key of a " + what + " listed in " + where + ", found "
                + json.describe(value));
    }

    private String localKey(LocatedJson value, Map<String, Long> ids, long id) {
        String key = json.text(value, "a key", CanvasJsonFormat.MAX_KEY, true);
        if (ids.putIfAbsent(key, id) != null) {
            throw json.problem(value, "the key " + quote(key) + " is already used in this workshop; every one needs"
                    + " its own key");
        }
        return key;
    }

    private List<Section> sections(LocatedJson value) {
        JsonArray array = json.array(value, "an array of section names");
        capped(array, Section.values().length, "sections");
        List<Section> sections = new ArrayList<>();
        for (LocatedJson element : array.elements()) {
            Section section = element instanceof JsonString name
                    ? CanvasJsonFormat.section(name.value()).orElse(null) : null;
            if (section == null) {
                throw json.problem(element, "expected a section, one of "
                        + String.join(", ", CanvasJsonFormat.sectionNames()) + "; found " + json.describe(element));
            }
            sections.add(section);
        }
        return sections;
    }

    private <E extends Enum<E>> E choice(LocatedJson value, E[] values, String what) {
        if (value instanceof JsonString name) {
            for (E e : values) {
                if (lower(e).equals(name.value())) {
                    return e;
                }
            }
        }
        throw json.problem(value, "expected " + what + ", one of " + String.join(", ",
                Arrays.stream(values).map(WorkshopJsonFormat::lower).toList()) + "; found " + json.describe(value));
    }

    private int whole(LocatedJson value, String what, int min, int max) {
        if (value instanceof JsonNumber number && number.isIntegral()
                && number.value().compareTo(BigDecimal.valueOf(min)) >= 0
                && number.value().compareTo(BigDecimal.valueOf(max)) <= 0) {
            return number.value().intValue();
        }
        throw json.problem(value, "expected " + what + " as a whole number from " + min + " to " + max + ", found "
                + json.describe(value));
    }

    private void capped(JsonArray array, int max, String what) {
        if (array.elements().size() > max) {
            throw json.problem(array, String.format("more than %,d %s (%,d found); a ValueBench file holds at most"
                    + " %,d", max, what, array.elements().size(), max));
        }
    }

    private Instant instant(LocatedJson value) {
        String text = json.text(value, "a date and time", 64, true);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw json.problem(value, "expected a date and time such as \"2024-05-01T09:30:00Z\", found \""
                    + text + "\"");
        }
    }
}
