package org.valuebench.io;

import java.util.Locale;

/**
 * The names the "workshops" part of the JSON exchange format (version 4) uses, for {@link WorkshopJsonWriter} and
 * {@link WorkshopsReader}. Participants and steps are named by keys local to their workshop ("participant-2",
 * "step-3"), cards by their item keys; anonymous steps and votes carry nothing about who wrote or voted.
 */
final class WorkshopJsonFormat {
    static final String TITLE = "title";
    static final String STARTED = "started";
    static final String ENDED = "ended";
    static final String STATE = "state";
    static final String CURRENT_STEP = "currentStep";
    static final String TIMER_EXTRA = "timerExtraSeconds";
    static final String PARTICIPANTS = "participants";
    static final String STEPS = "steps";
    static final String VOTES = "votes";

    static final String KEY = "key";
    static final String NAME = "name";
    static final String ROLE = "role";

    static final String SECTIONS = "sections";
    static final String PROMPT = "prompt";
    static final String KIND = "kind";
    static final String PLANNED = "plannedSeconds";
    static final String ACTUAL = "actualSeconds";
    static final String PRIVATE = "private";
    static final String ANONYMOUS = "anonymous";
    static final String SKIPPED = "skipped";
    static final String CARDS = "cards";
    static final String ITEM = "item";
    static final String PARTICIPANT = "participant";
    static final String HIDDEN = "hidden";

    static final String STEP = "step";
    static final String DOTS_PER_PARTICIPANT = "dotsPerParticipant";
    static final String ONE_DOT_PER_CARD = "oneDotPerCard";
    static final String OPEN = "open";
    static final String DOTS = "dots";
    static final String PAPER = "paper";
    static final String COUNT = "count";
    static final String DECISIONS = "decisions";
    static final String VALUE = "value";

    /** Workshops in one file; a canvas holds a series of sessions, far fewer than this. */
    static final int MAX_WORKSHOPS = 500;
    /** Cards, dot rows or decisions in one workshop; a room of 60 writes a few hundred cards at most. */
    static final int MAX_ROWS = 100_000;

    private WorkshopJsonFormat() {
    }

    static String participantKey(int index) {
        return "participant-" + (index + 1);
    }

    static String stepKey(int index) {
        return "step-" + (index + 1);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
