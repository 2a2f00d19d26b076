package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatHintsTest {

    @Test
    void theSuggestedMappingMapsEveryRatingToThePromiseGivenWithItsScaleAndLabels() {
        FormatHints hints = new FormatHints("created_at", "", "group_id", "requester_id", "comment", Voice.CUSTOMER,
                "support ticket", List.of(new FormatHints.Rating("score", FeedbackScale.ONE_TO_FIVE,
                Map.of("good", 5.0, "bad", 1.0))), "good counts as 5, bad as 1");
        SurveyMapping mapping = hints.mappingWith("Quick answers").orElseThrow();
        assertThat(mapping.questions()).containsExactly(new SurveyQuestion("score", "Quick answers",
                FeedbackScale.ONE_TO_FIVE, "", "", Map.of("good", 5.0, "bad", 1.0)));
        assertThat(mapping.dateColumn()).isEqualTo("created_at");
        assertThat(mapping.segmentColumn()).isEqualTo("group_id");
        assertThat(mapping.respondentColumn()).isEqualTo("requester_id");
        assertThat(mapping.commentColumn()).isEqualTo("comment");
        assertThat(mapping.channel()).isEqualTo(FeedbackChannels.SUPPORT_TICKET);
        assertThat(mapping.include()).isEmpty();
    }

    @Test
    void hintsWithoutARatingSuggestNoMapping() {
        assertThat(FormatHints.NONE.mappingWith("Anything")).isEmpty();
        assertThat(FormatHints.NONE.isEmpty()).isTrue();
    }
}
