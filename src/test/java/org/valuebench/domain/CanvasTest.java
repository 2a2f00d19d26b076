package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CanvasTest {
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void aDraftIsTrimmedAndHasEmptyOptionalFields() {
        Canvas draft = Canvas.draft("  Café  ", T0);

        assertThat(draft).isEqualTo(new Canvas(0, "Café", "", "", "", T0, T0));
        assertThat(new Canvas(1, "C", null, null, null, T0, T0))
                .extracting(Canvas::segment, Canvas::offering, Canvas::notes).containsExactly("", "", "");
    }

    @Test
    void theNameIsRequiredAndAtMost200CodePoints() {
        assertThatThrownBy(() -> Canvas.draft(" ", T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Canvas name must not be empty");
        assertThat(Canvas.draft("🚀".repeat(200), T0).name()).hasSize(400);
        assertThatThrownBy(() -> Canvas.draft("n".repeat(201), T0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Canvas name is 201 characters long; at most 200 are allowed");
    }

    @Test
    void segmentOfferingAndNotesHaveLimits() {
        Canvas canvas = Canvas.draft("C", T0);

        assertThatThrownBy(() -> canvas.withInfo("C", "s".repeat(201), "", ""))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Customer segment is 201");
        assertThatThrownBy(() -> canvas.withInfo("C", "", "o".repeat(201), ""))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Offering is 201");
        assertThatThrownBy(() -> canvas.withInfo("C", "", "", "n".repeat(20_001)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Canvas notes is 20001");
        assertThat(canvas.withInfo(" D ", " seg ", " off ", " notes "))
                .isEqualTo(new Canvas(0, "D", "seg", "off", "notes", T0, T0));
    }

    @Test
    void timesAreRequired() {
        assertThatThrownBy(() -> new Canvas(0, "C", "", "", "", null, T0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Canvas(0, "C", "", "", "", T0, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void copiesChangeOnlyWhatTheySay() {
        Canvas canvas = new Canvas(7, "C", "seg", "off", "notes", T0, T0);
        Instant later = T0.plusSeconds(60);

        assertThat(canvas.withName("D")).isEqualTo(new Canvas(7, "D", "seg", "off", "notes", T0, T0));
        assertThat(canvas.withId(8).id()).isEqualTo(8);
        assertThat(canvas.withUpdated(later)).isEqualTo(new Canvas(7, "C", "seg", "off", "notes", T0, later));
    }
}
