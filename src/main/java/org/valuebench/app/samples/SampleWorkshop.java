package org.valuebench.app.samples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.history.HistoryUseCases;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasSnapshot;
import org.valuebench.domain.workshop.AgendaStep;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Decision;
import org.valuebench.domain.workshop.DefaultAgenda;
import org.valuebench.domain.workshop.Dot;
import org.valuebench.domain.workshop.ImportanceFromVote;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.Vote;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.VoteTally;
import org.valuebench.domain.workshop.Workshop;
import org.valuebench.store.StoreException;
import org.valuebench.store.Workspace;

/**
 * A finished workshop on the sample café, so a new user sees what a workshop leaves behind: the café's team, the
 * default agenda with planned and actual times, two private cards, a merge of a duplicate, and a named dot vote on
 * the wants whose result set their importance. The dots are chosen so the existing wants keep their importance:
 * the workshop adds cards and a record, it does not rewrite the sample's figures.
 */
final class SampleWorkshop {
    static final String CANVAS = "Corner café";
    /** Actual minutes per step of the default agenda, against its plan of 10, 10, 8, 8, 8, 8, 8, 15, 10, 10. */
    private static final int[] ACTUAL_SECONDS = {11 * 60 + 40, 9 * 60 + 5, 8 * 60 + 30, 7 * 60, 9 * 60 + 20, 6 * 60 + 45,
        8 * 60, 18 * 60 + 10, 9 * 60 + 30, 7 * 60 + 50};

    private SampleWorkshop() {
    }

    /** Adds the workshop to the café, outside the undo history, in one transaction. Call it after the canvases. */
    static void seed(Workbench workbench) {
        Workbench.requireWritable(workbench.workspace());
        long cafe = workbench.library().stream().filter(c -> c.name().equals(CANVAS)).map(CanvasSummary::id)
                .findFirst().orElseThrow(() -> new AppException("The sample canvas " + CANVAS + " is missing"));
        Instant start = LocalDate.now(workbench.clock()).minusDays(14).atTime(LocalTime.of(9, 0))
                .toInstant(ZoneOffset.UTC);
        try {
            workbench.workspace().transaction(c -> {
                write(workbench.workspace(), workbench, cafe, start);
                return null;
            });
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    private static void write(Workspace ws, Workbench workbench, long cafe, Instant start) {
        HistoryUseCases history = new HistoryUseCases(workbench);
        CanvasSnapshot before = history.snapshotNow(cafe);
        Workshop workshop = ws.workshops().insert(Workshop.draft(cafe, "Café team day: what our regulars value", start));
        List<AgendaStep> steps = new ArrayList<>();
        for (AgendaStep step : ws.workshops().insertSteps(workshop.id(), DefaultAgenda.steps())) {
            AgendaStep timed = step.withActualSeconds(ACTUAL_SECONDS[step.position()]);
            ws.workshops().updateStep(timed);
            steps.add(timed);
        }
        Participant maria = ws.workshops().insertParticipant(workshop.id(), Participant.draft("Maria", "owner"));
        Participant tom = ws.workshops().insertParticipant(workshop.id(), Participant.draft("Tom", "barista"));
        Participant aisha = ws.workshops().insertParticipant(workshop.id(), Participant.draft("Aisha", "operations"));
        Participant lee = ws.workshops().insertParticipant(workshop.id(), Participant.draft("Lee", "finance"));

        // Private brainstorming on the wants: three cards, revealed together; Tom's duplicate merged into Aisha's.
        long wantsStep = steps.get(0).id();
        Item home = ws.items().append(Item.draft(cafe, Section.WANTS, "Feel at home, a second living room")
                .withAuthor("Aisha, Tom").withNotes("Feel at home here (merged)"));
        Item backing = ws.items().append(Item.draft(cafe, Section.WANTS, "Know the barista has my back on a bad day")
                .withAuthor("Maria"));
        contribute(ws, home, wantsStep, aisha);
        contribute(ws, home, wantsStep, tom);
        contribute(ws, backing, wantsStep, maria);

        // The vote: three named dots each on the wants.
        Vote vote = ws.workshopVotes().insertVote(new Vote(0, workshop.id(), steps.get(9).id(),
                VoteSettings.of(List.of(Section.WANTS)), false));
        List<Item> wants = ws.items().byCanvas(cafe).stream().filter(i -> i.section() == Section.WANTS).toList();
        Map<Participant, List<String>> dots = Map.of(
                maria, List.of("Feel at home", "Feel at home", "Be recognised"),
                tom, List.of("Feel at home", "Be recognised", "Try something new"),
                aisha, List.of("Feel at home", "Be recognised", "A small treat"),
                lee, List.of("Feel at home", "Try something new", "A small treat"));
        for (Participant p : List.of(maria, tom, aisha, lee)) {
            for (String opening : dots.get(p)) {
                Item card = wants.stream().filter(i -> i.text().startsWith(opening)).findFirst().orElseThrow();
                ws.workshopVotes().insertDot(Dot.cast(vote.id(), card.id(), "participant-" + p.id(), p.id()));
            }
        }
        Map<Long, Integer> levels = ImportanceFromVote.levels(VoteTally.rank(wants,
                ws.workshopVotes().dots(vote.id())));
        for (Item want : wants) {
            int level = levels.get(want.id());
            ws.items().update(want.withImportance(level));
            ws.workshopVotes().insertDecision(new Decision(0, workshop.id(), vote.id(), want.id(),
                    Decision.Kind.IMPORTANCE, level));
        }
        int total = steps.stream().mapToInt(AgendaStep::actualSeconds).sum();
        ws.workshops().update(workshop.withId(workshop.id()).atStep(9).finished(start.plusSeconds(total)));
        SampleHistory.keep(ws, cafe, before, start, history.snapshotNow(cafe), start.plusSeconds(total));
    }

    private static void contribute(Workspace ws, Item card, long stepId, Participant who) {
        ws.workshops().insertContribution(new Contribution(0, card.id(), stepId, who.id(), false));
    }
}
