package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SectionTest {

    @Test
    void eachGroupHasItsSectionsInCanvasOrder() {
        assertThat(Section.of(SectionGroup.CUSTOMER)).containsExactly(Section.WANTS, Section.NEEDS, Section.FEARS);
        assertThat(Section.of(SectionGroup.OFFERING)).containsExactly(Section.FEATURES, Section.BENEFITS, Section.EXPERIENCE);
        assertThat(Section.of(SectionGroup.ALTERNATIVES)).containsExactly(Section.COMPETITORS, Section.SUBSTITUTES);
    }

    @Test
    void itemsMoveOnlyBetweenSectionsOfOneGroup() {
        for (Section from : Section.values()) {
            for (Section to : Section.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(from.group() == to.group());
            }
        }
    }

    @Test
    void parsesNamesIgnoringCaseAndRefusesUnknownOnes() {
        assertThat(Section.parse(" needs ")).isEqualTo(Section.NEEDS);
        assertThatThrownBy(() -> Section.parse("jobs"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Unknown section 'jobs'");
        assertThat(ColourTag.parse("Green")).isEqualTo(ColourTag.GREEN);
        assertThat(ColourTag.parse(" ")).isEqualTo(ColourTag.NONE);
        assertThatThrownBy(() -> ColourTag.parse("teal")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void titlesAreForPeople() {
        assertThat(Section.EXPERIENCE.title()).isEqualTo("Experience");
        assertThat(SectionGroup.CUSTOMER.title()).isEqualTo("Customer profile");
    }
}
