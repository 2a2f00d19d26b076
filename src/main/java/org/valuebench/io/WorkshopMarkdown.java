package org.valuebench.io;

import static org.valuebench.io.CanvasMarkdownWriter.inline;

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
 * The workshop section of the Markdown export, short: the canvas's latest workshop (which of how many), its date,
 * participants, the agenda's planned and actual times with the total, each vote's cards with dots (ties share a
 * rank, "=2") and the decisions applied. The PDF's workshop page shows the same.
 */
final class WorkshopMarkdown {
    private WorkshopMarkdown() {
    }

    static void append(StringBuilder md, CanvasContent content, List<WorkshopRecord> workshops) {
        if (workshops.isEmpty()) {
            return;
        }
        WorkshopRecord r = workshops.get(workshops.size() - 1);
        md.append("## Workshop\n\n");
        md.append("*Workshop ").append(workshops.size()).append(" of ").append(workshops.size()).append(":* ")
                .append(inline(r.workshop().title())).append(", ").append(WorkshopFigures.day(r.workshop()))
                .append(", ").append(WorkshopFigures.state(r.workshop())).append(".\n\n");
        md.append("**Participants:** ").append(r.participants().isEmpty() ? "none recorded"
                : r.participants().stream().map(Participant::label).map(CanvasMarkdownWriter::inline)
                .collect(Collectors.joining(", "))).append("\n\n");
        md.append("| # | Step | Planned | Actual |\n|---:|---|---:|---:|\n");
        for (AgendaStep s : r.steps()) {
            md.append("| ").append(s.position() + 1).append(" | ").append(inline(s.title()))
                    .append(s.skipped() ? " *(skipped)*" : "").append(" | ")
                    .append(WorkshopFigures.clock(s.plannedSeconds())).append(" | ")
                    .append(WorkshopFigures.clock(s.actualSeconds())).append(" |\n");
        }
        md.append("| | **Total** | **").append(WorkshopFigures.clock(r.plannedSeconds())).append("** | **")
                .append(WorkshopFigures.clock(r.actualSeconds())).append("** |\n\n");
        for (Vote vote : r.votes()) {
            vote(md, content, r, vote);
        }
    }

    private static void vote(StringBuilder md, CanvasContent content, WorkshopRecord r, Vote vote) {
        md.append("### Vote results: ").append(Sections.titles(vote.settings().sections())).append("\n\n");
        md.append(vote.settings().dotsPerParticipant()).append(" dots each, ")
                .append(vote.settings().anonymous() ? "anonymous" : "named")
                .append(vote.open() ? "; the vote is still open" : "").append(". Cards with as many dots share a rank.\n\n");
        List<TallyRow> rows = WorkshopFigures.tally(content, r, vote).stream().filter(t -> t.dots() > 0).toList();
        if (rows.isEmpty()) {
            md.append("*No dots yet.*\n\n");
        } else {
            md.append("| Rank | Card | Dots |\n|---:|---|---:|\n");
            for (TallyRow t : rows) {
                md.append("| ").append(t.rankText()).append(" | ").append(inline(t.item().text())).append(" | ")
                        .append(t.dots()).append(" |\n");
            }
            md.append('\n');
        }
        List<Decision> decisions = r.decisionsOf(vote.id());
        if (!decisions.isEmpty()) {
            md.append("Decisions applied:\n\n");
            for (Decision d : decisions) {
                md.append("- ").append(inline(WorkshopFigures.cardText(content, d.itemId()))).append(": ")
                        .append(WorkshopFigures.decision(d)).append('\n');
            }
            md.append('\n');
        }
    }
}
