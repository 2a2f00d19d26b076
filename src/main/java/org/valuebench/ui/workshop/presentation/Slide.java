package org.valuebench.ui.workshop.presentation;

import java.util.List;
import org.valuebench.domain.Section;

/**
 * What the projector shows of one moment of the workshop, worked out once per change of the workshop so the view
 * only lays it out: a title screen, or the current step with its cards, its dots during a vote, or the vote's
 * ranked result after it.
 *
 * @param kind        what the body shows
 * @param title       the step's title (or the workshop's, on the title screen)
 * @param subtitle    the canvas's name
 * @param prompt      the step's prompt to the room
 * @param position    "Step 3 of 10"
 * @param hidden      "7 ideas in, hidden" during a private step with hidden cards, else empty
 * @param sections    the step's sections with the cards the room may see
 * @param result      the vote's result, ranked, after the vote
 * @param dotsLeft    "Ann 2 left" per participant of a named open vote
 */
public record Slide(Kind kind, String title, String subtitle, String prompt, String position, String hidden,
                    List<SectionCards> sections, List<ResultRow> result, List<String> dotsLeft) {

    /** What the body of the slide shows. */
    public enum Kind {
        TITLE, CARDS, VOTING, RESULT
    }

    public Slide {
        sections = List.copyOf(sections);
        result = List.copyOf(result);
        dotsLeft = List.copyOf(dotsLeft);
    }

    public static Slide title(String title, String subtitle) {
        return new Slide(Kind.TITLE, title, subtitle, "", "", "", List.of(), List.of(), List.of());
    }

    /** How many cards the slide shows, for the size of their type. */
    public int cardCount() {
        return kind == Kind.RESULT ? result.size() : sections.stream().mapToInt(s -> s.cards().size()).sum();
    }

    /** One section of the step with the cards shown in it. */
    public record SectionCards(Section section, List<Card> cards) {
        public SectionCards {
            cards = List.copyOf(cards);
        }
    }

    /** A card as the room sees it: its text and, during a vote, its dots. */
    public record Card(long itemId, String text, int dots) {
    }

    /** One line of a vote's result: "=2", the dots, the card. */
    public record ResultRow(String rank, int dots, Section section, String text) {
    }
}
