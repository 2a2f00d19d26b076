package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;

/**
 * The shipped JSON Schema, checked with an independent validator (networknt, draft 2020-12): it is itself a
 * valid schema, every file the exporter writes matches it, and files the importer refuses for a reason a
 * schema can express are refused by the schema too, so the two never drift apart.
 */
class CanvasJsonSchemaTest {
    private final ShippedSchema schema = new ShippedSchema();

    private static JsonNode shippedSchema() {
        return ShippedSchema.node();
    }

    private Set<ValidationMessage> validate(String document) {
        return schema.problems(document);
    }

    @Test
    void theSchemaIsJsonAndAValidDraft202012Schema() {
        JsonNode schema = shippedSchema();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("properties").path("schemaVersion").path("enum"))
                .extracting(JsonNode::asInt)
                .containsExactly(CanvasJsonFormat.OLDEST_SCHEMA_VERSION, 2, 3, CanvasJsonFormat.SCHEMA_VERSION,
                        CanvasJsonFormat.HISTORY_SCHEMA_VERSION);
        JsonSchema metaSchema = ShippedSchema.FACTORY.getSchema(
                SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), ShippedSchema.CONFIG);
        assertThat(metaSchema.validate(schema)).isEmpty();
    }

    @Test
    void theSchemaDescribesTheHistoryBlockOfVersion5FilesAndKeepsItOutOfOlderOnes() {
        String history = "\"history\": {\"itemIds\": [], \"versions\": [{\"number\": 1, \"name\": \"Spring\","
                + " \"cause\": \"saved\", \"author\": \"\", \"takenAt\": \"2026-01-01T00:00:00Z\", \"summary\": \"\","
                + " \"content\": \"eJwDAAAAAAE=\"}]}";
        assertThat(validate("{\"schemaVersion\": 5, \"canvas\": {\"name\": \"X\"}, " + history + "}")).isEmpty();
        assertThat(validate("{\"schemaVersion\": 4, \"canvas\": {\"name\": \"X\"}, " + history + "}")).isNotEmpty();
        assertThat(validate("{\"schemaVersion\": 5, \"canvas\": {\"name\": \"X\"}, "
                + history.replace("saved", "guessed") + "}")).isNotEmpty();
    }

    @Test
    void theSchemaDefinesFeedbackRecordsAndKeepsThemOutOfVersion1Files() {
        JsonNode record = shippedSchema().path("$defs").path("feedbackRecord");
        assertThat(record.path("required")).extracting(JsonNode::asText).containsExactly("promise", "score");
        assertThat(shippedSchema().path("allOf").path(0).path("then").path("properties").path("feedback")
                .path("maxItems").asInt(-1)).isZero();
    }

    @Test
    void theSchemaDefinesFactorsAndKeepsThemOutOfVersion1And2Files() {
        assertThat(shippedSchema().path("$defs").path("factor").path("required")).extracting(JsonNode::asText)
                .containsExactly("name");
        assertThat(shippedSchema().path("$defs").path("rating").path("required")).extracting(JsonNode::asText)
                .containsExactly("offer");
        JsonNode older = shippedSchema().path("allOf").path(1);
        assertThat(older.path("if").path("properties").path("schemaVersion").path("enum"))
                .extracting(JsonNode::asInt).containsExactly(1, 2);
        assertThat(older.path("then").path("properties").path("factors").path("maxItems").asInt(-1)).isZero();
    }

    static Stream<Arguments> exportedCanvases() {
        return Stream.concat(SampleWorkspace.canvases().stream().map(c -> Arguments.of(c.canvas().name(), c)),
                Stream.of(Arguments.of("hostile", TestCanvases.hostile()),
                        Arguments.of("500 items", TestCanvases.large(500, 80)),
                        Arguments.of("strategic", TestCanvases.strategic()),
                        Arguments.of("hostile with factors", TestCanvases.withStrategy(TestCanvases.hostile(),
                                TestCanvases.HOSTILE)),
                        Arguments.of("80 items with factors", TestCanvases.withStrategy(TestCanvases.large(80, 40),
                                "Note"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exportedCanvases")
    void everyExportMatchesTheSchema(String name, CanvasContent content) {
        assertThat(validate(CanvasJsonWriterTest.json(content, false))).isEmpty();
        assertThat(validate(CanvasJsonWriterTest.json(content, true))).isEmpty();
    }

    /** Documents broken in ways the schema can express: the schema and the importer must both refuse them. */
    static List<String> brokenDocuments() {
        String valid = CanvasJsonWriterTest.json(SampleWorkspace.canvases().get(0), false);
        String strategic = CanvasJsonWriterTest.json(TestCanvases.strategic(), false);
        return List.of(
                valid.replace("\"schemaVersion\": 4", "\"schemaVersion\": 6"),
                valid.replace("\"schemaVersion\": 4", "\"schemaVersion\": 0"),
                valid.replace("\"schemaVersion\": 4,", ""),
                valid.replace("\"importance\": 5", "\"importance\": \"5\""),
                valid.replace("\"importance\": 5", "\"importance\": 6"),
                valid.replace("\"promiseTarget\": 5", "\"promiseTarget\": 0"),
                valid.replace("\"wants\":", "\"jobs\":"),
                valid.replace("\"colour\": \"none\"", "\"colour\": \"red\""),
                valid.replaceFirst("\"author\": \"\"", "\"author\": \"\", \"votes\": 2"),
                valid.replaceFirst("\"promise\": true", "\"importance\": 3"),
                valid.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"" + "x".repeat(2_001) + "\""),
                valid.replaceFirst("\"text\": \"[^\"]*\",", ""),
                valid.replaceFirst("\"text\": \"[^\"]*\"", "\"text\": \"   \""),
                valid.replace("\"fitLinks\": [", "\"feedback\": [{}],\n  \"fitLinks\": ["),
                valid.replace("\"fitLinks\": [", "\"feedback\": {},\n  \"fitLinks\": ["),
                valid.replace("\"schemaVersion\": 4", "\"schemaVersion\": 1").replace("\"fitLinks\": [",
                        "\"feedback\": [{\"promise\": \"feature-1\", \"score\": 3}],\n  \"fitLinks\": ["),
                valid.replace("\"created\": \"1970-01-01T00:00:00Z\"", "\"created\": \"yesterday\""),
                valid.replace("\"customer\": \"need-1\"", "\"customer\": 1"),
                strategic.replace("\"schemaVersion\": 4", "\"schemaVersion\": 2"),
                strategic.replace("\"name\": \"Price\"", "\"name\": \" \""),
                strategic.replace("\"name\": \"Price\",", ""),
                strategic.replace("\"action\": \"reduce\"", "\"action\": \"keep\""),
                strategic.replace("\"score\": 3,", "\"score\": 6,"),
                strategic.replace("\"score\": 3,", "\"score\": 0,"),
                strategic.replace("\"score\": 3,", "\"score\": 2.5,"),
                strategic.replace("\"score\": 3,", "\"score\": \"3\","),
                strategic.replace("\"offer\": \"ours\"", "\"offer\": 0"),
                strategic.replace("\"offer\": \"ours\"", "\"offer\": \"\""),
                strategic.replaceFirst("\"note\": \"\"", "\"note\": \"\", \"weight\": 2"),
                strategic.replace("\"source\": null", "\"source\": 4"),
                strategic.replace("\"customerItems\": [\n        \"fear-1\"\n      ]",
                        "\"customerItems\": [\n        \"fear-1\", \"fear-1\"\n      ]"),
                strategic.replace("\"actionNote\": \"\"", "\"actionNote\": \"" + "x".repeat(20_001) + "\""),
                strategic.replace("\"factors\": [", "\"factors\": [{\"name\": \"A\", \"ratings\": {}},"));
    }

    @ParameterizedTest
    @MethodSource("brokenDocuments")
    void schemaAndImporterRefuseTheSameBrokenDocuments(String document) {
        assertThat(document).isNotEqualTo(CanvasJsonWriterTest.json(SampleWorkspace.canvases().get(0), false))
                .isNotEqualTo(CanvasJsonWriterTest.json(TestCanvases.strategic(), false));
        assertThat(validate(document)).as("schema").isNotEmpty();
        assertThatThrownBy(() -> new CanvasJsonReader().read(new StringReader(document), "broken.json"))
                .as("importer").isInstanceOf(FormatException.class);
    }
}
