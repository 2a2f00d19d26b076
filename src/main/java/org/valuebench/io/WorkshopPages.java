package org.valuebench.io;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Sections;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.report.WorkshopFigures;

/**
 * The workshop page of a canvas report: the canvas's latest workshop (saying which of how many), its date and
 * participants with their roles, the agenda with planned and actual times and their total, each vote's result
 * with its dots drawn in the section's colour (cards with as many dots share a rank, "=2") and the decision
 * applied to each card. Tables keep their heading with their first rows and never leave a few rows alone on a page
 * ({@link WorkshopFlow#table}). The Markdown export shows the same ({@link WorkshopMarkdown}).
 */
public final class WorkshopPages implements PdfReportPart {
    private final CanvasContent content;
    private final List<WorkshopRecord> workshops;

    /** @param workshops the canvas's workshops, oldest first; the page shows the latest, none when empty */
    public WorkshopPages(CanvasContent content, List<WorkshopRecord> workshops) {
        this.content = content;
        this.workshops = List.copyOf(workshops);
    }

    @Override
    public void addTo(PdfReport report) throws IOException {
        if (workshops.isEmpty()) {
            return;
        }
        WorkshopRecord r = workshops.get(workshops.size() - 1);
        WorkshopFlow flow = new WorkshopFlow(report, content.canvas().name());
        flow.newPage("Workshop: " + content.canvas().name(), "Workshop " + workshops.size() + " of "
                + workshops.size() + ": " + r.workshop().title() + " · " + WorkshopFigures.day(r.workshop()) + " · "
                + WorkshopFigures.state(r.workshop()));
        flow.paragraph("Participants: " + (r.participants().isEmpty() ? "none recorded" : r.participants().stream()
                .map(Participant::label).collect(Collectors.joining(", "))) + ".", PdfReport.INK);
        agenda(flow, r);
        for (Vote vote : r.votes()) {
            vote(flow, r, vote);
        }
    }

    private static void agenda(WorkshopFlow flow, WorkshopRecord r) {
        List<WorkshopFlow.Row> rows = new ArrayList<>();
        for (AgendaStep s : r.steps()) {
            int cards = (int) r.contributionsOf(s.id()).stream().map(c -> c.itemId()).distinct().count();
            rows.add(WorkshopFlow.Row.of(String.valueOf(s.position() + 1), s.title(), Sections.titles(s.sections()),
                    WorkshopFigures.marks(s), WorkshopFigures.clock(s.plannedSeconds()),
                    WorkshopFigures.clock(s.actualSeconds()), String.valueOf(cards)));
        }
        rows.add(WorkshopFlow.Row.total("", "Total", "", "", WorkshopFigures.clock(r.plannedSeconds()),
                WorkshopFigures.clock(r.actualSeconds()), ""));
        flow.table(flow.headingBlock("Agenda", "Planned: the step's time box (skipped steps do not count in the"
                        + " total); actual: the time it really took, m:ss."),
                new String[] {"#", "Step", "Sections", "", "Planned", "Actual", "Cards"},
                new float[] {22, 0, 150, 90, 52, 52, 40}, 1, col -> col == 0 || col >= 4, rows);
    }

    /** The cards with dots, or with a decision applied from the vote, ranked, each with that decision. */
    private void vote(WorkshopFlow flow, WorkshopRecord r, Vote vote) {
        List<TallyRow> tally = WorkshopFigures.tally(content, r, vote);
        List<Decision> decisions = r.decisionsOf(vote.id());
        List<TallyRow> shown = tally.stream().filter(t -> t.dots() > 0
                || decisions.stream().anyMatch(d -> d.itemId() == t.item().id())).toList();
        long without = tally.stream().filter(t -> t.dots() == 0).count();
        String explanation = vote.settings().dotsPerParticipant() + " dots each, "
                + (vote.settings().anonymous() ? "anonymous" : "named") + (vote.open() ? "; the vote is still open" : "")
                + ". Cards ranked by their dots; cards with as many dots share a rank (=2)."
                + (without == 0 ? "" : " " + without + (without == 1 ? " card" : " cards") + " got no dot.")
                + (decisions.isEmpty() ? " No decision applied from it." : " Decision: what the team applied from it.");
        String title = "Vote results: " + Sections.titles(vote.settings().sections());
        if (shown.isEmpty()) {
            flow.place(flow.headingBlock(title, explanation + " No dots yet."), 0);
            return;
        }
        List<WorkshopFlow.Row> rows = new ArrayList<>();
        for (TallyRow t : shown) {
            Color colour = CanvasPage.groupColour(t.item().section().group());
            String decided = decisions.stream().filter(d -> d.itemId() == t.item().id())
                    .map(WorkshopFigures::decision).collect(Collectors.joining(", "));
            rows.add(WorkshopFlow.Row.dots(t.rankText(), t.item().text(), decided, t.dots(), colour));
        }
        flow.table(flow.headingBlock(title, explanation), new String[] {"Rank", "Card", "Decision", "Dots"},
                new float[] {34, 0, 110, 150}, 1, col -> col == 0 || col == 3, rows);
    }
}
