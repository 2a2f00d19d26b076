package org.valuebench.domain.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Section;

class DefaultAgendaTest {

    @Test
    void theDefaultAgendaPutsTheCustomerFirstAndEndsWithTheVote() {
        List<AgendaStep> steps = DefaultAgenda.steps();

        assertThat(steps).extracting(AgendaStep::sections).containsExactly(
                List.of(Section.WANTS), List.of(Section.NEEDS), List.of(Section.FEARS),
                List.of(Section.FEATURES), List.of(Section.BENEFITS), List.of(Section.EXPERIENCE),
                List.of(Section.COMPETITORS, Section.SUBSTITUTES),
                List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE),
                List.of(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE),
                List.of(Section.WANTS, Section.NEEDS, Section.FEARS));
        assertThat(steps).extracting(AgendaStep::kind).containsExactly(StepKind.BRAINSTORM, StepKind.BRAINSTORM,
                StepKind.BRAINSTORM, StepKind.BRAINSTORM, StepKind.BRAINSTORM, StepKind.BRAINSTORM,
                StepKind.BRAINSTORM, StepKind.FIT, StepKind.PROMISES, StepKind.VOTE);
        assertThat(steps).extracting(AgendaStep::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(steps).allSatisfy(s -> {
            assertThat(s.prompt()).isNotBlank();
            assertThat(s.plannedSeconds()).isBetween(5 * 60, 20 * 60);
            assertThat(s.actualSeconds()).isZero();
        });
        assertThat(steps.get(0).prompt()).containsIgnoringCase("want");
        assertThat(steps.get(0).privateStep()).isTrue();
        assertThat(steps.get(7).privateStep()).isFalse();
    }

    @Test
    void aStepNeedsASectionATitleAndABoundedTimeBox() {
        assertThatThrownBy(() -> AgendaStep.draft("Wants", List.of(), "?", 60, StepKind.BRAINSTORM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one section");
        assertThatThrownBy(() -> AgendaStep.draft(" ", List.of(Section.WANTS), "?", 60, StepKind.BRAINSTORM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Step title");
        assertThatThrownBy(() -> AgendaStep.draft("Wants", List.of(Section.WANTS), "?", -1, StepKind.BRAINSTORM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("time box");
        assertThatThrownBy(() -> AgendaStep.draft("Wants", List.of(Section.WANTS, Section.WANTS), "?", 60,
                StepKind.BRAINSTORM)).isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }

    @Test
    void aParticipantHasANameAndMaybeARole() {
        assertThat(Participant.draft(" Ann ", " sales ").name()).isEqualTo("Ann");
        assertThat(Participant.draft("Bo", null).role()).isEmpty();
        assertThatThrownBy(() -> Participant.draft("", "sales")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void voteSettingsDefaultToThreeDotsAndRefuseNone() {
        VoteSettings settings = VoteSettings.of(List.of(Section.WANTS));
        assertThat(settings.dotsPerParticipant()).isEqualTo(3);
        assertThat(settings.oneDotPerCard()).isFalse();
        assertThat(settings.anonymous()).isFalse();
        assertThatThrownBy(() -> new VoteSettings(List.of(Section.WANTS), 0, false, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Dots per participant");
        assertThatThrownBy(() -> new VoteSettings(List.of(), 3, false, false))
                .isInstanceOf(InvalidInputException.class);
    }
}
