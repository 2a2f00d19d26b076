package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/** Feedback records in the exchange format (schemaVersion 2): written, read back, and refused where wrong. */
class CanvasJsonFeedbackTest {
    private final CanvasJsonReader reader = new CanvasJsonReader();
    private final ShippedSchema schema = new ShippedSchema();

    static String json(CanvasContent content, List<Feedback> feedback) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanvasJsonWriter().write(content, feedback, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CanvasContent small() {
        Canvas canvas = new Canvas(7, "Café", "Commuters", "Corner café", "", Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-03T00:00:00Z"));
        return new CanvasContent(canvas, List.of(
                TestCanvases.item(40, 7, Section.NEEDS, 0, "Coffee before the 7:40 train", "", ColourTag.NONE, "", 5, false, 4),
                TestCanvases.item(41, 7, Section.FEATURES, 0, "Opens at 6:30", "", ColourTag.NONE, "", 3, true, 5),
                TestCanvases.item(43, 7, Section.FEATURES, 1, "Oat milk", "", ColourTag.NONE, "", 3, false, 4),
                TestCanvases.item(42, 7, Section.BENEFITS, 0, "On time for the train", "", ColourTag.NONE, "", 3, true, 4)),
                List.of(new FitLink(41, 40)));
    }

    private static List<Feedback> smallFeedback() {
        return List.of(
                new Feedback(9, 7, 42, 8, FeedbackScale.ZERO_TO_TEN, null, Voice.CUSTOMER, "review", "", null, "",
                        "", 3L),
                new Feedback(5, 7, 41, 4.5, FeedbackScale.ONE_TO_FIVE, 5.0, Voice.EMPLOYEE, "Shop floor", "Regulars",
                        LocalDate.of(2024, 5, 2), "R-1", "Line one\nline \"two\"", null),
                new Feedback(6, 7, 41, 2, FeedbackScale.ONE_TO_FIVE, null, Voice.CUSTOMER, "survey", "", null, "R-2",
                        "", null),
                new Feedback(7, 7, 41, 6, FeedbackScale.ONE_TO_SEVEN, null, Voice.PARTNER, "", "", LocalDate.of(2024,
                        1, 31), "", "", null));
    }

    @Test
    void writesEveryFieldOfEveryRecordInPromiseThenDateOrder() {
        assertThat(json(small(), smallFeedback())).endsWith("""
                  "fitLinks": [
                    {
                      "offering": "feature-1",
                      "customer": "need-1"
                    }
                  ],
                  "factors": [],
                  "feedback": [
                    {
                      "promise": "feature-1",
                      "score": 6,
                      "scale": "1-7",
                      "expectation": null,
                      "voice": "partner",
                      "channel": "",
                      "segment": "",
                      "date": "2024-01-31",
                      "respondent": "",
                      "comment": ""
                    },
                    {
                      "promise": "feature-1",
                      "score": 4.5,
                      "scale": "1-5",
                      "expectation": 5,
                      "voice": "employee",
                      "channel": "Shop floor",
                      "segment": "Regulars",
                      "date": "2024-05-02",
                      "respondent": "R-1",
                      "comment": "Line one\\nline \\"two\\""
                    },
                    {
                      "promise": "feature-1",
                      "score": 2,
                      "scale": "1-5",
                      "expectation": null,
                      "voice": "customer",
                      "channel": "survey",
                      "segment": "",
                      "date": null,
                      "respondent": "R-2",
                      "comment": ""
                    },
                    {
                      "promise": "benefit-1",
                      "score": 8,
                      "scale": "0-10",
                      "expectation": null,
                      "voice": "customer",
                      "channel": "review",
                      "segment": "",
                      "date": null,
                      "respondent": "",
                      "comment": ""
                    }
                  ]
                }
                """);
    }

    @Test
    void readsTheRecordsBackOnTheLocalIdsOfTheirPromises() {
        String text = json(small(), smallFeedback());
        CanvasDocument document = reader.readDocument(new StringReader(text), "canvas.json");
        CanvasContent content = document.content();
        long feature = content.itemsIn(Section.FEATURES).get(0).id();
        long benefit = content.itemsIn(Section.BENEFITS).get(0).id();
        assertThat(document.feedback()).extracting(Feedback::promiseItemId)
                .containsExactly(feature, feature, feature, benefit);
        assertThat(document.feedback().get(1)).isEqualTo(new Feedback(0, 0, feature, 4.5, FeedbackScale.ONE_TO_FIVE,
                5.0, Voice.EMPLOYEE, "Shop floor", "Regulars", LocalDate.of(2024, 5, 2), "R-1", "Line one\nline \"two\"",
                null));
        assertThat(json(content, document.feedback())).isEqualTo(text.replace("Café\",\n    \"segment",
                "Café\",\n    \"segment"));
    }

    @Test
    void defaultsForOptionalFields() {
        String text = json(small(), List.of()).replace("\"feedback\": []",
                "\"feedback\": [{\"promise\": \"feature-1\", \"score\": 3}]");
        Feedback read = reader.readDocument(new StringReader(text), "canvas.json").feedback().get(0);
        assertThat(read).isEqualTo(new Feedback(0, 0, read.promiseItemId(), 3, FeedbackScale.ONE_TO_FIVE, null,
                Voice.CUSTOMER, "", "", null, "", "", null));
        assertThat(schema.problems(text)).isEmpty();
    }

    @Test
    void exportsWithFeedbackMatchTheSchema() {
        for (CanvasContent sample : SampleWorkspace.canvases()) {
            assertThat(schema.problems(json(sample, TestFeedback.on(sample, 12)))).isEmpty();
        }
        CanvasContent hostile = TestCanvases.hostile();
        assertThat(schema.problems(json(hostile, TestFeedback.on(hostile, 8)))).isEmpty();
    }

    @Test
    void refusesToWriteARecordOnAnItemThatIsNotAPromise() {
        List<Feedback> onNeed = List.of(Feedback.draft(7, 40, 3, FeedbackScale.ONE_TO_FIVE));
        assertThatThrownBy(() -> json(small(), onNeed)).isInstanceOf(FormatException.class)
                .hasMessageContaining("not a promise");
    }

    /** A record that breaks a rule, what the message must say, and whether the schema can tell too. */
    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                Arguments.of("{\"promise\": \"feature-9\", \"score\": 3}", "$.feedback[0].promise",
                        "no item has the key 'feature-9'", false),
                Arguments.of("{\"promise\": \"need-1\", \"score\": 3}", "$.feedback[0].promise",
                        "'need-1' is a needs item; expected the key of a promise", false),
                Arguments.of("{\"promise\": \"feature-2\", \"score\": 3}", "$.feedback[0].promise",
                        "'feature-2' is a features item that is not a promise", false),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 6}", "$.feedback[0].score",
                        "expected the score as a number from 1 to 5 (the record's scale is 1-5), found the number 6", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 11, \"scale\": \"0-10\"}", "$.feedback[0].score",
                        "from 0 to 10", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 0, \"scale\": \"1-10\"}", "$.feedback[0].score",
                        "from 1 to 10", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": \"4\"}", "$.feedback[0].score",
                        "found the string \"4\"", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"expectation\": 8}",
                        "$.feedback[0].expectation", "expected the expectation as a number from 1 to 5", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"scale\": \"1-6\"}", "$.feedback[0].scale",
                        "expected the scale, one of 1-5, 1-7, 0-10, 1-10; found the string \"1-6\"", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"voice\": \"staff\"}", "$.feedback[0].voice",
                        "expected the voice, one of customer, employee, partner, community", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"date\": \"2024-02-30\"}",
                        "$.feedback[0].date", "\"2024-02-30\" is not a day of the calendar", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"date\": \"yesterday\"}",
                        "$.feedback[0].date", "expected a date such as \"2024-05-01\", or null", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"stars\": 2}", "$.feedback[0].stars",
                        "unknown field 'stars' in a feedback record", true),
                Arguments.of("{\"score\": 4}", "$.feedback[0]", "missing required field 'promise'", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"comment\": \"" + "x".repeat(20_001) + "\"}",
                        "$.feedback[0].comment", "the comment is 20,001 characters long", true),
                Arguments.of("{\"promise\": \"feature-1\", \"score\": 4, \"channel\": 7}", "$.feedback[0].channel",
                        "expected the channel as a string", true));
    }

    @ParameterizedTest
    @MethodSource("brokenRecords")
    void refusesABrokenRecordNamingLineColumnAndPath(String record, String path, String message,
                                                     boolean schemaCanTell) {
        String text = json(small(), List.of()).replace("\"feedback\": []", "\"feedback\": [\n    " + record + "\n  ]");
        FormatException e = catchThrowableOfType(FormatException.class,
                () -> reader.readDocument(new StringReader(text), "canvas.json"));
        assertThat(e).as("refusal of %s", record).isNotNull();
        assertThat(e.getMessage()).startsWith("canvas.json, line ").contains(path + "): ", message);
        assertThat(e.position()).hasValueSatisfying(p -> {
            assertThat(p.path()).isEqualTo(path);
            assertThat(p.line()).isGreaterThan(20);
            assertThat(p.column()).isPositive();
        });
        if (schemaCanTell) {
            assertThat(schema.problems(text)).as("schema").isNotEmpty();
        }
    }

    @Test
    void refusesAFeedbackDateBefore1900OrAfter2100NamingLineColumnAndPath() {
        for (String date : List.of("0000-01-01", "1899-12-31", "2101-01-01", "9999-12-31")) {
            String text = json(small(), List.of()).replace("\"feedback\": []", "\"feedback\": [\n    "
                    + "{\"promise\": \"feature-1\", \"score\": 4, \"date\": \"" + date + "\"}\n  ]");
            FormatException e = catchThrowableOfType(FormatException.class,
                    () -> reader.readDocument(new StringReader(text), "canvas.json"));
            assertThat(e).as("refusal of %s", date).isNotNull();
            assertThat(e.getMessage()).startsWith("canvas.json, line ").contains("$.feedback[0].date): ",
                    "\"" + date + "\" is outside 1900-01-01 to 2100-12-31");
            assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.column()).isPositive());
        }
        for (String date : List.of("1900-01-01", "2100-12-31")) {
            String text = json(small(), List.of()).replace("\"feedback\": []", "\"feedback\": [\n    "
                    + "{\"promise\": \"feature-1\", \"score\": 4, \"date\": \"" + date + "\"}\n  ]");
            assertThat(reader.readDocument(new StringReader(text), "canvas.json").feedback())
                    .extracting(Feedback::date).containsExactly(LocalDate.parse(date));
        }
    }

    @Test
    void aFileOfANewerVersionIsRefusedEvenWithoutFeedback() {
        String text = json(small(), List.of()).replace("\"schemaVersion\": 4", "\"schemaVersion\": 6");
        assertThatThrownBy(() -> reader.readDocument(new StringReader(text), "canvas.json"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("schemaVersion 6, which is newer than this version of ValueBench reads"
                        + " (schemaVersion 5)");
        assertThat(schema.problems(text)).isNotEmpty();
    }

    @Test
    void aVersion1FileWithoutFeedbackIsStillReadAndMatchesTheSchema() {
        String text = json(small(), List.of()).replace("\"schemaVersion\": 4", "\"schemaVersion\": 1");
        assertThat(reader.readDocument(new StringReader(text), "canvas.json").content().items()).hasSize(4);
        assertThat(schema.problems(text)).isEmpty();
        String withRecords = json(small(), smallFeedback()).replace("\"schemaVersion\": 4", "\"schemaVersion\": 1");
        assertThat(schema.problems(withRecords)).isNotEmpty();
        assertThatThrownBy(() -> reader.readDocument(new StringReader(withRecords), "canvas.json"))
                .isInstanceOf(FormatException.class).hasMessageContaining("$.feedback");
    }
}
