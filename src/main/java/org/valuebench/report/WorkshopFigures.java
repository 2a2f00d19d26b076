package org.valuebench.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteTally;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * A workshop as the PDF and the Markdown print it: times as m:ss (h:mm:ss from an hour), the day in UTC, a vote's
 * ranked result over the cards it was on (revealed cards of its sections; ties share a rank), a decision in words.
 */
public final class WorkshopFigures {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private WorkshopFigures() {
    }

    /** "8:30", "1:35:00". */
    public static String clock(int seconds) {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return h > 0 ? h + ":" + String.format("%02d:%02d", m, s) : m + ":" + String.format("%02d", s);
    }

    /** How a step runs, as the agenda tables print it: "private, anonymous, skipped" (each only when so). */
    public static String marks(org.valuebench.domain.workshop.AgendaStep step) {
        java.util.List<String> marks = new java.util.ArrayList<>();
        if (step.privateStep()) {
            marks.add("private");
        }
        if (step.anonymous()) {
            marks.add("anonymous");
        }
        if (step.skipped()) {
            marks.add("skipped");
        }
        return String.join(", ", marks);
    }

    public static String day(Workshop workshop) {
        return DAY.format(workshop.started());
    }

    /** "finished", or "running (at step 3)". */
    public static String state(Workshop workshop) {
        return workshop.isRunning() ? "running (at step " + (workshop.currentStep() + 1) + ")" : "finished";
    }

    /** The vote's result as the console showed it on stopping: every card voted on, ranked by dots. */
    public static List<TallyRow> tally(CanvasContent content, WorkshopRecord record, Vote vote) {
        List<Item> cards = content.items().stream().filter(i -> vote.settings().sections().contains(i.section())
                && !record.isHidden(i.id())).toList();
        return VoteTally.rank(cards, record.dotsOf(vote.id()));
    }

    /** "importance 5" or "promise, target 4". */
    public static String decision(Decision decision) {
        return decision.kind() == Decision.Kind.IMPORTANCE ? "importance " + decision.value()
                : "promise, target " + decision.value();
    }

    public static String cardText(CanvasContent content, long itemId) {
        return content.item(itemId).map(Item::text).orElse("(a card since deleted)");
    }
}
