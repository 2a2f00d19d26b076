package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyMapping;

/** A mapping's "include": the kinds of response that are not customers' feedback to import all the same. */
class SurveyMappingIncludeTest {
    private static final String QUESTIONS = "\"questions\": [{\"column\": \"QID1\", \"promise\": \"Low prices\"}]";

    @Test
    void includeIsReadAndWrittenBackByItsIds() {
        SurveyMapping mapping = SurveyMappingJson.parse("{\"include\": [\"partial\", \"Preview\"], " + QUESTIONS + "}",
                "m.json");
        assertThat(mapping.include()).containsExactlyInAnyOrder(ResponseKind.PREVIEW, ResponseKind.PARTIAL);
        String json = SurveyMappingJson.toJson(mapping);
        assertThat(json).contains("\"include\" : [ \"preview\", \"partial\" ]");
        assertThat(SurveyMappingJson.parse(json, "again.json")).isEqualTo(mapping);
    }

    @Test
    void noIncludeLeavesEveryKindOutAndIsNotWritten() {
        SurveyMapping mapping = SurveyMappingJson.parse("{" + QUESTIONS + "}", "m.json");
        assertThat(mapping.include()).isEmpty();
        assertThat(SurveyMappingJson.toJson(mapping)).doesNotContain("include");
        assertThat(SurveyMappingJson.toJson(mapping.withInclude(EnumSet.allOf(ResponseKind.class))))
                .contains("[ \"preview\", \"test\", \"spam\", \"partial\" ]");
    }

    @Test
    void unknownKindsAreRefusedListingTheKinds() {
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"include\": [\"drafts\"], " + QUESTIONS + "}", "m.json"))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessage("The mapping m.json: 'drafts' is not a kind of response to include; the kinds are preview,"
                        + " test, spam, partial");
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"include\": \"preview\", " + QUESTIONS + "}", "m.json"))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("\"include\" must be a list of the kinds of response");
        assertThatThrownBy(() -> SurveyMappingJson.parse("{\"include\": [1], " + QUESTIONS + "}", "m.json"))
                .isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("\"include\" holds 1, not the name of a kind of response");
    }
}
