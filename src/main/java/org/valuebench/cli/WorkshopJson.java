package org.valuebench.cli;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.TallyRow;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.WorkshopRecord;

/**
 * Workshops as {@code workshops --format json} and {@code workshop --format json} write them. Times are ISO-8601
 * instants, durations whole seconds, sections and kinds in lower case; ranks are shared by ties ({@code tied}).
 */
final class WorkshopJson {
    private WorkshopJson() {
    }

    record ListJson(String canvas, long canvasId, List<SummaryJson> workshops) {
    }

    record SummaryJson(int number, long id, String title, String started, String ended, String state, int steps,
                       int participants) {
    }

    record OneJson(String canvas, long canvasId, int number, long id, String title, String started, String ended,
                   String state, int currentStep, List<ParticipantJson> participants, List<StepJson> steps,
                   List<VoteJson> votes, List<DecisionJson> decisions) {
    }

    record ParticipantJson(long id, String name, String role) {
    }

    record StepJson(int position, String title, List<String> sections, String kind, String prompt, int plannedSeconds,
                    int actualSeconds, boolean privateStep, boolean anonymous, boolean skipped, List<CardJson> cards) {
    }

    /** @param authors who gave the card, empty for an anonymous step or a card typed for the room */
    record CardJson(long item, String text, String section, List<String> authors, boolean hidden) {
    }

    record VoteJson(long id, int step, List<String> sections, int dotsPerParticipant, boolean oneDotPerCard,
                    boolean anonymous, boolean open, List<ResultJson> results) {
    }

    record ResultJson(long item, String text, String section, int dots, int rank, boolean tied) {
    }

    /** @param kind "importance" (value the level set) or "promise" (value the promise's target) */
    record DecisionJson(long vote, long item, String text, String kind, int value) {
    }

    static ListJson list(CanvasContent content, List<WorkshopRecord> records) {
        List<SummaryJson> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            WorkshopRecord r = records.get(i);
            rows.add(new SummaryJson(i + 1, r.workshop().id(), r.workshop().title(), r.workshop().started().toString(),
                    r.workshop().endedAt().map(Object::toString).orElse(null), WorkshopsCommand.state(r.workshop()),
                    r.steps().size(), r.participants().size()));
        }
        return new ListJson(content.canvas().name(), content.canvas().id(), rows);
    }

    static OneJson of(CanvasContent content, int number, WorkshopRecord r, List<List<TallyRow>> tallies) {
        List<StepJson> steps = r.steps().stream().map(s -> step(content, r, s)).toList();
        List<VoteJson> votes = new ArrayList<>();
        for (int i = 0; i < r.votes().size(); i++) {
            Vote v = r.votes().get(i);
            votes.add(new VoteJson(v.id(), r.step(v.stepId()).map(AgendaStep::position).orElse(-1) + 1,
                    sections(v.settings().sections()), v.settings().dotsPerParticipant(), v.settings().oneDotPerCard(),
                    v.settings().anonymous(), v.open(), tallies.get(i).stream().map(t -> new ResultJson(t.item().id(),
                    t.item().text(), section(t.item().section()), t.dots(), t.rank(), t.tied())).toList()));
        }
        List<DecisionJson> decisions = r.decisions().stream().map(d -> new DecisionJson(d.voteId(), d.itemId(),
                WorkshopText.cardText(content, d.itemId()), d.kind().name().toLowerCase(), d.value())).toList();
        return new OneJson(content.canvas().name(), content.canvas().id(), number, r.workshop().id(),
                r.workshop().title(), r.workshop().started().toString(),
                r.workshop().endedAt().map(Object::toString).orElse(null), WorkshopsCommand.state(r.workshop()),
                r.workshop().currentStep() + 1,
                r.participants().stream().map(p -> new ParticipantJson(p.id(), p.name(), p.role())).toList(), steps,
                votes, decisions);
    }

    private static StepJson step(CanvasContent content, WorkshopRecord r, AgendaStep s) {
        List<CardJson> cards = r.contributionsOf(s.id()).stream().map(Contribution::itemId).distinct()
                .map(id -> content.item(id).map(item -> card(r, item)).orElse(null))
                .filter(c -> c != null).toList();
        return new StepJson(s.position() + 1, s.title(), sections(s.sections()), s.kind().name().toLowerCase(),
                s.prompt(), s.plannedSeconds(), s.actualSeconds(), s.privateStep(), s.anonymous(), s.skipped(), cards);
    }

    private static CardJson card(WorkshopRecord r, Item item) {
        return new CardJson(item.id(), item.text(), section(item.section()), r.authorsOf(item.id()),
                r.isHidden(item.id()));
    }

    private static List<String> sections(List<Section> sections) {
        return sections.stream().map(WorkshopJson::section).toList();
    }

    private static String section(Section s) {
        return s.name().toLowerCase();
    }

    static String kind(Decision d) {
        return d.kind().name().toLowerCase();
    }
}
