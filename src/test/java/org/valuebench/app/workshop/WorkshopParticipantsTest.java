package org.valuebench.app.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.WorkbenchFixture;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Contribution;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.domain.workshop.WorkshopRecord;

/** The facilitator renames and removes participants, with or without their cards; each undoes exactly. */
class WorkshopParticipantsTest {
    @TempDir
    Path dir;
    private WorkbenchFixture f;
    private WorkshopActions a;
    private long workshop;
    private long ann;
    private long bo;
    private long annsCard;
    private long shared;
    private long bosCard;
    private long vote;

    @BeforeEach
    void setUp() {
        f = WorkbenchFixture.withCafe(dir);
        a = new WorkshopActions().on(f.wb);
        WorkshopRecord r = a.workshops().start(f.canvas, "Offsite", WorkshopPlan.standard(),
                List.of(Participant.draft("Ann", "sales"), Participant.draft("Bo", "")), false).workshop();
        workshop = r.workshop().id();
        ann = r.participants().get(0).id();
        bo = r.participants().get(1).id();
        annsCard = a.cards().addCard(workshop, Section.WANTS, "Quiet corner", ann).change().focusItemId();
        bosCard = a.cards().addCard(workshop, Section.WANTS, "Fast wifi", bo).change().focusItemId();
        long annsSecond = a.cards().addCard(workshop, Section.WANTS, "Feel welcome", ann).change().focusItemId();
        shared = a.cards().addCard(workshop, Section.WANTS, "Feel at home", bo).change().focusItemId();
        a.cards().merge(workshop, shared, annsSecond);
        f.wb.link(f.app, annsCard);
        while (!a.workshops().record(workshop).currentStep().orElseThrow().title().equals("Vote")) {
            a.workshops().nextStep(workshop);
        }
        a.cards().reveal(workshop);
        vote = a.voting().startVote(workshop, VoteSettings.of(List.of(Section.WANTS))).workshop().openVote()
                .orElseThrow().id();
        a.voting().castDot(vote, annsCard, ann);
        a.voting().castDot(vote, bosCard, ann);
        a.voting().castDot(vote, annsCard, bo);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private WorkshopRecord record() {
        return a.workshops().record(workshop);
    }

    @Test
    void addCardsChangeFocusesTheNewCard() {
        assertThat(annsCard).isPositive();
        assertThat(f.item(annsCard).text()).isEqualTo("Quiet corner");
    }

    @Test
    void aRenameKeepsEverythingElseAndUndoes() {
        WorkshopRecord before = record();
        WorkshopChange c = a.agenda().renameParticipant(workshop, ann, "  Annie  ");
        assertThat(c.workshop().participant(ann).orElseThrow().label()).isEqualTo("Annie (sales)");
        assertThat(c.workshop().contributions()).isEqualTo(before.contributions());
        assertThat(c.workshop().dots()).isEqualTo(before.dots());
        assertThat(f.wb.undoState().undoLabel()).contains("Rename participant");
        f.wb.undo();
        assertThat(record()).isEqualTo(before);
        assertThatThrownBy(() -> a.agenda().renameParticipant(workshop, ann, "bo")).isInstanceOf(AppException.class)
                .hasMessage("There is already a participant named Bo in this workshop");
        assertThatThrownBy(() -> a.agenda().renameParticipant(workshop, ann, " ")).isInstanceOf(AppException.class);
        assertThatThrownBy(() -> a.agenda().renameParticipant(workshop, 999, "X")).isInstanceOf(AppException.class)
                .hasMessage("There is no participant 999 in this workshop");
        assertThat(record()).isEqualTo(before);
    }

    @Test
    void removingWithTheirCardsDeletesTheCardsOnlyTheyGaveAndTheirDotsAndUndoesExactly() {
        WorkshopRecord before = record();
        CanvasContent canvasBefore = f.content();
        WorkshopChange c = a.agenda().removeParticipant(workshop, ann, true);
        WorkshopRecord after = c.workshop();
        assertThat(after.participant(ann)).isEmpty();
        assertThat(f.content().item(annsCard)).isEmpty();
        // a merged card that Bo gave too stays, with Bo's contribution; Ann's is gone
        assertThat(f.content().item(shared)).isPresent();
        assertThat(after.authorsOf(shared)).containsExactly("Bo");
        assertThat(f.content().item(bosCard)).isPresent();
        // Ann's two dots go with her, and Bo's one dot was on Ann's card, which is deleted
        assertThat(after.dots()).isEmpty();
        assertThat(f.content().links()).doesNotContain(new FitLink(f.app, annsCard));
        assertThat(f.wb.undoState().undoLabel()).contains("Remove participant and their cards");

        f.wb.undo();
        assertThat(record()).isEqualTo(before);
        assertThat(f.content().items()).isEqualTo(canvasBefore.items());
        assertThat(f.content().links()).isEqualTo(canvasBefore.links());
        f.wb.redo();
        assertThat(record().participant(ann)).isEmpty();
        assertThat(f.content().item(annsCard)).isEmpty();
        f.wb.undo();
        assertThat(record()).isEqualTo(before);
    }

    @Test
    void removingWithoutCardsKeepsTheCardsAsWrittenAndDropsTheParticipantAndTheirDots() {
        WorkshopRecord before = record();
        CanvasContent canvasBefore = f.content();
        WorkshopRecord after = a.agenda().removeParticipant(workshop, ann, false).workshop();
        assertThat(after.participant(ann)).isEmpty();
        assertThat(f.content().items()).isEqualTo(canvasBefore.items());
        assertThat(f.item(annsCard).author()).isEqualTo("Ann");
        // the card still came from its step, now from nobody recorded
        assertThat(after.contributions()).filteredOn(ct -> ct.itemId() == annsCard)
                .extracting(Contribution::participantId).containsExactly(Contribution.NOBODY);
        assertThat(after.contributions()).hasSameSizeAs(before.contributions());
        assertThat(after.dots()).extracting(d -> d.participantId()).containsOnly(bo);
        assertThat(f.wb.undoState().undoLabel()).contains("Remove participant");

        f.wb.undo();
        assertThat(record()).isEqualTo(before);
        f.wb.redo();
        assertThat(record().participant(ann)).isEmpty();
        f.wb.undo();
        assertThat(record()).isEqualTo(before);
    }

    @Test
    void removingAHiddenCardsAuthorWithoutCardsKeepsTheCardHidden() {
        WorkshopChange again = a.workshops().previousStep(workshop);
        while (!again.workshop().currentStep().orElseThrow().title().equals("Needs")) {
            again = a.workshops().previousStep(workshop);
        }
        long hidden = a.cards().addCard(workshop, Section.NEEDS, "Power sockets", ann).change().focusItemId();
        WorkshopRecord after = a.agenda().removeParticipant(workshop, ann, false).workshop();
        assertThat(after.isHidden(hidden)).isTrue();
    }
}
