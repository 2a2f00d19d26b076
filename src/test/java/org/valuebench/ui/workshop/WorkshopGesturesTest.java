package org.valuebench.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.Participant;
import org.valuebench.domain.workshop.VoteSettings;
import org.valuebench.domain.workshop.WorkshopPlan;
import org.valuebench.ui.workbench.ViewModelFixture;

/** The board's clicks and drops while a workshop runs: dots during a vote, merges after the reveal. */
class WorkshopGesturesTest {
    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private WorkshopViewModel console;
    private WorkshopGestures gestures;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(dir.resolve("gestures.db"));
        fixture.workbench.createCanvas("Café");
        console = new WorkshopViewModel(fixture.workbench, new ManualTicker(), ViewModelFixture.CLOCK,
                new ScriptedWorkshopDialogs());
        gestures = new WorkshopGestures(console);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Item card(String text) {
        return fixture.shown().items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void withoutAWorkshopTheBoardKeepsItsGestures() {
        fixture.workbench.addItem(Section.WANTS, "Calm", null);
        fixture.workbench.addItem(Section.WANTS, "Quiet", null);
        assertThat(gestures.clicked(card("Calm"), false)).isFalse();
        assertThat(gestures.droppedOnto(card("Quiet"), card("Calm"))).isFalse();
    }

    @Test
    void hiddenCardsDoNotMergeRevealedOnesDoAndAVoteTakesClicksAsDots() {
        console.start("Kick-off", WorkshopPlan.standard(), List.of(Participant.draft("Ann", "")), false);
        console.participantProperty().set(console.record().orElseThrow().participants().get(0).id());
        console.addCard(Section.WANTS, "Calm");
        console.addCard(Section.WANTS, "Quiet");
        assertThat(gestures.droppedOnto(card("Quiet"), card("Calm"))).as("hidden: a plain move").isFalse();
        console.reveal();
        fixture.dialogs.confirmations.push(true);
        assertThat(gestures.droppedOnto(card("Quiet"), card("Calm"))).isTrue();
        assertThat(fixture.shown().items()).extracting(Item::text).containsExactly("Calm");
        assertThat(card("Calm").notes()).contains("Quiet");

        assertThat(gestures.clicked(card("Calm"), false)).as("no vote open").isFalse();
        console.startVote(VoteSettings.of(List.of(Section.WANTS)));
        assertThat(gestures.clicked(card("Calm"), false)).isTrue();
        assertThat(gestures.clicked(card("Calm"), false)).isTrue();
        assertThat(gestures.clicked(card("Calm"), true)).isTrue();
        assertThat(console.record().orElseThrow().dots()).hasSize(1);
    }
}
