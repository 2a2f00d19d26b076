package org.valuebench.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Sections;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.report.WorkshopFigures;

/**
 * Workshops as {@code workshops} and {@code workshop} print them for a person: dates in UTC, times as m:ss, ties as
 * shared ranks ("=2"). Titles and card texts are cut to keep the columns within a terminal; the JSON has them whole.
 */
final class WorkshopText {
    static final int MAX_TITLE = 30;
    static final int MAX_CARD = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private WorkshopText() {
    }

    static List<String> list(CanvasContent content, List<WorkshopRecord> records) {
        List<String> lines = new ArrayList<>();
        lines.add("Workshops on " + canvas(content) + ": " + count(records.size(), "workshop"));
        if (records.isEmpty()) {
            lines.add("There are no workshops yet: start one in the window with Workshop > Start workshop.");
            return lines;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Date", "Title", "Steps", "Participants", "State"});
        for (int i = 0; i < records.size(); i++) {
            WorkshopRecord r = records.get(i);
            rows.add(new String[] {String.valueOf(i + 1), DAY.format(r.workshop().started()), title(r.workshop()),
                String.valueOf(r.steps().size()), String.valueOf(r.participants().size()),
                WorkshopsCommand.state(r.workshop())});
        }
        lines.addAll(table(rows, new boolean[] {true, false, false, true, true, false}));
        return lines;
    }

    static List<String> lines(CanvasContent content, int number, WorkshopRecord r, List<List<TallyRow>> tallies) {
        List<String> lines = new ArrayList<>();
        Workshop w = r.workshop();
        lines.add("Workshop " + number + " on " + canvas(content) + ": " + TerminalText.oneLine(w.title()) + ", " + DAY.format(w.started())
                + ", " + WorkshopsCommand.state(w) + (w.isRunning() ? " (at step " + (w.currentStep() + 1) + ")" : ""));
        lines.add("Participants: " + (r.participants().isEmpty() ? "none recorded" : r.participants().stream()
                .map(Participant::label).map(TerminalText::oneLine).collect(Collectors.joining(", "))));
        lines.add("Time: " + clock(r.plannedSeconds()) + " planned, " + clock(r.actualSeconds()) + " taken");
        lines.add("");
        lines.add("AGENDA (planned and actual time, m:ss)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Step", "Sections", "Kind", "Planned", "Actual", "Cards", ""});
        for (AgendaStep s : r.steps()) {
            rows.add(new String[] {String.valueOf(s.position() + 1), TerminalText.truncate(
                TerminalText.oneLine(s.title()), MAX_TITLE), Sections.titles(s.sections()),
                s.kind().name().toLowerCase(), clock(s.plannedSeconds()), clock(s.actualSeconds()),
                String.valueOf(cardsOf(r, s).size()), WorkshopFigures.marks(s)});
        }
        lines.addAll(table(rows, new boolean[] {true, false, false, false, true, true, true, false}));
        cards(content, r, lines);
        for (int i = 0; i < r.votes().size(); i++) {
            vote(r, i + 1, r.votes().get(i), tallies.get(i), lines);
        }
        lines.add("");
        lines.add("DECISIONS");
        if (r.decisions().isEmpty()) {
            lines.add("  None applied.");
        }
        for (Decision d : r.decisions()) {
            String what = d.kind() == Decision.Kind.IMPORTANCE ? "Importance " + d.value()
                    : "Promise (target " + d.value() + ")";
            lines.add("  " + what + ": " + card(cardText(content, d.itemId())));
        }
        return lines;
    }

    private static void cards(CanvasContent content, WorkshopRecord r, List<String> lines) {
        lines.add("");
        lines.add("CARDS (who gave them)");
        boolean any = false;
        for (AgendaStep s : r.steps()) {
            List<Long> ids = cardsOf(r, s);
            if (ids.isEmpty()) {
                continue;
            }
            any = true;
            lines.add("  " + (s.position() + 1) + " " + TerminalText.oneLine(s.title()));
            for (long id : ids) {
                List<String> authors = r.authorsOf(id);
                lines.add("    " + card(cardText(content, id)) + (authors.isEmpty() ? ""
                        : " — " + authors.stream().map(TerminalText::oneLine).collect(Collectors.joining(", ")))
                        + (r.isHidden(id) ? " (hidden)" : ""));
            }
        }
        if (!any) {
            lines.add("  None.");
        }
    }

    private static void vote(WorkshopRecord r, int number, Vote v, List<TallyRow> tally, List<String> lines) {
        lines.add("");
        String step = r.step(v.stepId()).map(s -> " in step " + (s.position() + 1)).orElse("");
        lines.add("VOTE " + number + step + " on " + Sections.titles(v.settings().sections()) + " ("
                + count(v.settings().dotsPerParticipant(), "dot") + " each"
                + (v.settings().oneDotPerCard() ? ", at most one per card" : "") + ", "
                + (v.settings().anonymous() ? "anonymous" : "named") + (v.open() ? "; still open" : "") + ")");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Rank", "Dots", "Card"});
        for (TallyRow t : tally) {
            rows.add(new String[] {t.rankText(), String.valueOf(t.dots()), card(t.item().text()) + " ("
                + t.item().section().singular() + ")"});
        }
        lines.addAll(table(rows, new boolean[] {false, true, false}));
    }

    private static List<Long> cardsOf(WorkshopRecord r, AgendaStep s) {
        return r.contributionsOf(s.id()).stream().map(Contribution::itemId).distinct().toList();
    }

    static String cardText(CanvasContent content, long itemId) {
        return content.item(itemId).map(Item::text).orElse("card " + itemId + " (deleted)");
    }

    private static String card(String text) {
        return TerminalText.truncate(TerminalText.oneLine(text), MAX_CARD);
    }

    private static String title(Workshop w) {
        return TerminalText.truncate(TerminalText.oneLine(w.title()), MAX_TITLE);
    }

    private static String canvas(CanvasContent content) {
        return "'" + TerminalText.oneLine(content.canvas().name()) + "' (canvas " + content.canvas().id() + ")";
    }

    /** A time as the PDF and the Markdown print it (one source: {@link WorkshopFigures#clock}). */
    static String clock(int seconds) {
        return WorkshopFigures.clock(seconds);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Rows under a header, columns two spaces apart, right-aligned where {@code right}; trailing spaces cut. */
    private static List<String> table(List<String[]> rows, boolean[] right) {
        int[] widths = new int[right.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], TerminalText.width(row[c]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(' ');
                line.append(right[c] ? TerminalText.padLeft(row[c], widths[c]) : TerminalText.padRight(row[c], widths[c]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
