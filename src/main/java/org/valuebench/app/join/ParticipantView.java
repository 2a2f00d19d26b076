package org.valuebench.app.join;

import java.util.List;

/**
 * The current step as one participant's device shows it, made from the workshop as committed; the HTTP listener
 * sends it as JSON (field names as here; docs/join-api.md). Texts are plain: the page escapes them.
 *
 * @param seq        grows with every change of the workshop; the page ignores a view older than one it has
 * @param may        what the participant may do now: {@code ADD_CARDS}, {@code VOTE}, {@code RESULTS},
 *                   {@code WAIT} (a step with nothing to do on the device) or {@code ENDED} (the workshop is over)
 * @param mayText    the same for a person, e.g. "Add your ideas: they stay hidden until the facilitator reveals
 *                   them"
 * @param cards      the cards this participant may see on the step's sections, in canvas order
 * @param hiddenCount cards of the step still hidden from everyone (the participant's own are in {@code cards})
 * @param vote       the open or last stopped vote of the step, or null
 * @param results    the ranked result once the step's vote has stopped (empty otherwise)
 * @param coming     the title of the next step not skipped, or "" at the last
 */
public record ParticipantView(long seq, String workshop, String canvas, Me me, Step step, Timer timer, String may,
                              String mayText, List<Card> cards, int hiddenCount, VoteState vote, List<Result> results,
                              String coming) {

    public ParticipantView {
        cards = List.copyOf(cards);
        results = List.copyOf(results);
    }

    public record Me(long id, String name, boolean anonymous) {
    }

    /** {@code sections}: the keys (e.g. "WANTS") and titles of the step's sections, in canvas order. */
    public record Step(int number, int of, String title, String prompt, String kind, List<SectionRef> sections,
                       boolean privateStep, boolean anonymous) {
        public Step {
            sections = List.copyOf(sections);
        }
    }

    public record SectionRef(String key, String title) {
    }

    /** Seconds left on the step's time box (negative: overtime), and whether it runs; the page counts down. */
    public record Timer(int secondsLeft, boolean running, boolean overtime) {
    }

    /** {@code myDots}: this participant's dots on it in the open vote; {@code mine}: this participant added it. */
    public record Card(long id, String section, String text, boolean mine, int myDots) {
    }

    public record VoteState(boolean open, int dotsPerParticipant, int dotsLeft, boolean oneDotPerCard,
                            boolean anonymous, List<String> sections) {
        public VoteState {
            sections = List.copyOf(sections);
        }
    }

    /** One row of a stopped vote: {@code rank} is shared by ties ({@code tie} true). */
    public record Result(int rank, long cardId, String section, String text, int dots, boolean tie) {
    }
}
