package org.valuebench.ui.workshop.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.app.workshop.WorkshopCards;
import org.valuebench.app.workshop.WorkshopChange;
import org.valuebench.app.workshop.WorkshopUseCases;
import org.valuebench.app.workshop.WorkshopVoting;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.ui.workshop.WorkshopSession;

/**
 * The projector's slides while a workshop runs through the real use cases on a workspace file, the session
 * changed after each action as the console changes it: hidden cards, the reveal, a vote and its result.
 */
class PresentationOfARealWorkshopTest {
    @TempDir
    Path dir;
    private WorkbenchFixture f;
    private WorkshopUseCases workshops;
    private WorkshopCards cards;
    private WorkshopVoting voting;
    private final SimpleObjectProperty<CanvasContent> canvas = new SimpleObjectProperty<>();
    private final WorkshopSession session = new WorkshopSession(canvas);
    private final PresentationViewModel model = new PresentationViewModel(session, Runnable::run);

    @BeforeEach
    void setUp() {
        f = WorkbenchFixture.withCafe(dir);
        workshops = new WorkshopUseCases(f.wb);
        cards = new WorkshopCards(workshops);
        voting = new WorkshopVoting(workshops);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private WorkshopRecord show(WorkshopChange change) {
        change.change().canvas().ifPresent(canvas::set);
        session.show(change.workshop(), workshops.timer(change.workshop()), workshops.now());
        return change.workshop();
    }

    private List<String> shownTexts() {
        return model.slideProperty().get().sections().stream().flatMap(s -> s.cards().stream())
                .map(Slide.Card::text).toList();
    }

    @Test
    void theRoomSeesTheRevealTheDotsAndTheResult() {
        canvas.set(f.wb.canvas(f.canvas));
        WorkshopRecord r = show(workshops.start(f.canvas, "Kick-off", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false));
        long id = r.workshop().id();
        long ann = r.participants().get(0).id();
        show(cards.addCard(id, Section.WANTS, "Feel at home", ann));
        r = show(cards.addCard(id, Section.WANTS, "No waiting", r.participants().get(1).id()));

        Slide slide = model.slideProperty().get();
        assertThat(slide.position()).isEqualTo("Step 1 of 10");
        assertThat(slide.hidden()).isEqualTo("2 ideas in, hidden");
        assertThat(shownTexts()).containsExactly("Calm", "Treat");

        r = show(cards.reveal(id));
        assertThat(model.slideProperty().get().hidden()).isEmpty();
        assertThat(shownTexts()).containsExactlyInAnyOrder("Calm", "Treat", "Feel at home", "No waiting");

        r = show(voting.startVote(id, VoteSettings.of(List.of(Section.WANTS))));
        long vote = r.openVote().orElseThrow().id();
        show(voting.castDot(vote, f.calm, ann));
        show(voting.castDot(vote, f.calm, ann));
        slide = model.slideProperty().get();
        assertThat(slide.kind()).isEqualTo(Slide.Kind.VOTING);
        assertThat(slide.sections().get(0).cards()).anyMatch(c -> c.text().equals("Calm") && c.dots() == 2);
        assertThat(slide.dotsLeft()).containsExactly("Ann 1 left", "Bo 3 left");

        show(voting.stopVote(vote));
        slide = model.slideProperty().get();
        assertThat(slide.kind()).isEqualTo(Slide.Kind.RESULT);
        assertThat(slide.result().get(0)).isEqualTo(new Slide.ResultRow("1", 2, Section.WANTS, "Calm"));
        assertThat(slide.result().get(1).rank()).isEqualTo("=2");
    }
}
