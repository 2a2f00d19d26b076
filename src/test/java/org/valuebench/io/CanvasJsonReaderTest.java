package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class CanvasJsonReaderTest {
    private final CanvasJsonReader reader = new CanvasJsonReader();

    /** A small valid document; tests replace one part of it to break it in one way. */
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "canvas": {
                "name": "Café",
                "segment": "Commuters"
              },
              "sections": {
                "needs": [
                  {"key": "need-1", "text": "Coffee before the train", "importance": 5},
                  {"key": "need-2", "text": "A seat"}
                ],
                "features": [
                  {"key": "feature-1", "text": "Opens at 6:30", "promise": true, "promiseTarget": 5, "colour": "green"}
                ]
              },
              "fitLinks": [
                {"offering": "feature-1", "customer": "need-1"}
              ]
            }
            """;

    private CanvasContent read(String json) {
        return reader.read(new StringReader(json), "canvas.json");
    }

    private FormatException refused(String json) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> read(json));
        assertThat(e).as("refusal of%n%s", json).isNotNull();
        return e;
    }

    /** "line L, column C" of the first occurrence of {@code marker} in {@code json}. */
    private static String at(String json, String marker) {
        int index = json.indexOf(marker);
        assertThat(index).as("marker %s", marker).isNotNegative();
        String before = json.substring(0, index);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = index - before.lastIndexOf('\n');
        return "line " + line + ", column " + column;
    }

    private static String replaced(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void readsAValidDocument() {
        CanvasContent content = read(VALID);
        assertThat(content.canvas().name()).isEqualTo("Café");
        assertThat(content.canvas().segment()).isEqualTo("Commuters");
        assertThat(content.itemsIn(Section.NEEDS)).extracting(Item::text, Item::importance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Coffee before the train", 5),
                        org.assertj.core.groups.Tuple.tuple("A seat", 3));
        Item feature = content.itemsIn(Section.FEATURES).get(0);
        assertThat(feature.promise()).isTrue();
        assertThat(feature.promiseTarget()).isEqualTo(5);
        assertThat(feature.colour()).isEqualTo(ColourTag.GREEN);
        assertThat(content.links()).singleElement().satisfies(link -> {
            assertThat(link.offeringItemId()).isEqualTo(feature.id());
            assertThat(link.customerItemId()).isEqualTo(content.itemsIn(Section.NEEDS).get(0).id());
        });
    }

    @Test
    void aMinimalDocumentIsAnEmptyCanvas() {
        CanvasContent content = read("{\"schemaVersion\": 1, \"canvas\": {\"name\": \"Empty\"}}");
        assertThat(content.canvas().name()).isEqualTo("Empty");
        assertThat(content.items()).isEmpty();
        assertThat(content.links()).isEmpty();
    }

    @Test
    void acceptsASchemaReferenceForEditors() {
        assertThat(read(replaced("\"schemaVersion\": 1,",
                "\"$schema\": \"valuebench-canvas.schema.json\", \"schemaVersion\": 1,")).items()).hasSize(3);
    }

    @Test
    void roundTripsTheHostileCanvasToTheSameBytes() {
        String written = CanvasJsonWriterTest.json(TestCanvases.hostile(), false);
        CanvasContent back = read(written);
        assertThat(TestCanvases.withoutIds(back)).isEqualTo(TestCanvases.withoutIds(TestCanvases.hostile()));
        assertThat(back.links()).hasSameSizeAs(TestCanvases.hostile().links());
        assertThat(CanvasJsonWriterTest.json(back, false)).isEqualTo(written);
    }

    // ---- refusals: each names file, line, column, path and what was expected

    @Test
    void refusesTextThatIsNotJson() {
        String json = "{\n  \"schemaVersion\": 1,\n  \"canvas\": {\"name\": \"A\",}\n}";
        FormatException e = refused(json);
        assertThat(e.getMessage()).startsWith("canvas.json, line 3, column").contains("not valid JSON")
                .contains("$.canvas");
        assertThat(refused("hello").getMessage()).contains("line 1, column").contains("not valid JSON");
    }

    @Test
    void refusesAnEmptyFileAndContentAfterTheDocument() {
        assertThat(refused("").getMessage()).contains("empty");
        String trailing = VALID + "{\"more\": 1}";
        assertThat(refused(trailing).getMessage()).contains("after the end of the JSON document");
    }

    @Test
    void refusesAnythingButAnObject() {
        assertThat(refused("[1, 2]").getMessage()).isEqualTo(
                "canvas.json, line 1, column 1 ($): expected a JSON object (a ValueBench canvas file), found an array");
    }

    @Test
    void refusesAFileWithoutSchemaVersion() {
        FormatException e = refused("{\"name\": \"package\", \"version\": \"1.0.0\"}");
        assertThat(e.getMessage()).contains("line 1, column 1 ($)", "missing required field 'schemaVersion'",
                "ValueBench canvas file");
    }

    @Test
    void refusesANewerSchemaVersionSayingSo() {
        String json = replaced("\"schemaVersion\": 1", "\"schemaVersion\": 6");
        FormatException e = refused(json);
        assertThat(e.getMessage()).contains(at(json, "6,"), "$.schemaVersion", "schemaVersion 6", "newer",
                "reads (schemaVersion 5)", "update ValueBench");
        assertThat(e.position()).hasValueSatisfying(p -> assertThat(p.path()).isEqualTo("$.schemaVersion"));
    }

    @Test
    void refusesASchemaVersionThatIsNotANumber() {
        String json = replaced("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"");
        assertThat(refused(json).getMessage()).contains(at(json, "\"1\""), "whole number", "found a string");
    }

    @Test
    void refusesAMissingCanvasHeaderAndName() {
        assertThat(refused("{\"schemaVersion\": 1}").getMessage())
                .contains("missing required field 'canvas'");
        String json = replaced("\"name\": \"Café\",", "");
        assertThat(refused(json).getMessage()).contains(at(json, "{\n    \n    \"segment\""), "$.canvas",
                "missing required field 'name'");
    }

    @Test
    void refusesAWrongType() {
        String json = replaced("\"importance\": 5", "\"importance\": \"high\"");
        FormatException e = refused(json);
        assertThat(e.getMessage()).isEqualTo("canvas.json, " + at(json, "\"high\"")
                + " ($.sections.needs[0].importance): expected the importance as a whole number from 1 to 5,"
                + " found the string \"high\"");
        assertThat(e.position()).hasValueSatisfying(p -> {
            assertThat(p.source()).isEqualTo("canvas.json");
            assertThat(p.line()).isEqualTo(9);
        });
    }

    @Test
    void refusesALevelOutOfRange() {
        String json = replaced("\"promiseTarget\": 5", "\"promiseTarget\": 7");
        assertThat(refused(json).getMessage()).contains(at(json, "7, \"colour\""), "$.sections.features[0].promiseTarget",
                "from 1 to 5", "found the number 7");
    }

    @Test
    void refusesAnUnknownSection() {
        String json = replaced("\"features\": [", "\"jobs\": [");
        assertThat(refused(json).getMessage()).contains(at(json, "[\n      {\"key\": \"feature-1\""),
                "$.sections.jobs", "unknown section 'jobs'",
                "wants, needs, fears, features, benefits, experience, competitors, substitutes");
    }

    @Test
    void refusesUnknownFieldsAndFieldsOfAnotherGroup() {
        String unknown = replaced("\"text\": \"A seat\"", "\"text\": \"A seat\", \"votes\": 3");
        assertThat(refused(unknown).getMessage()).contains("$.sections.needs[1].votes", "unknown field 'votes'");
        String importance = replaced("\"promise\": true", "\"importance\": 4");
        assertThat(refused(importance).getMessage()).contains("$.sections.features[0].importance",
                "belongs only to customer items");
        String promise = replaced("\"text\": \"A seat\"", "\"text\": \"A seat\", \"promise\": true");
        assertThat(refused(promise).getMessage()).contains("$.sections.needs[1].promise",
                "belongs only to offering items");
        String header = replaced("\"segment\": \"Commuters\"", "\"segment\": \"Commuters\", \"owner\": \"x\"");
        assertThat(refused(header).getMessage()).contains("$.canvas.owner", "unknown field 'owner'");
    }

    @Test
    void refusesAnItemWithoutText() {
        String json = replaced("{\"key\": \"need-2\", \"text\": \"A seat\"}", "{\"key\": \"need-2\"}");
        assertThat(refused(json).getMessage()).contains(at(json, "{\"key\": \"need-2\""), "$.sections.needs[1]",
                "missing required field 'text'");
    }

    @Test
    void refusesTextOverTwoThousandCharactersAndAcceptsTwoThousand() {
        String limit = "é".repeat(2_000);
        assertThat(read(replaced("\"A seat\"", "\"" + limit + "\"")).itemsIn(Section.NEEDS).get(1).text())
                .isEqualTo(limit);
        String json = replaced("\"A seat\"", "\"" + "🚀".repeat(2_001) + "\"");
        assertThat(refused(json).getMessage()).contains(at(json, "\"🚀"), "$.sections.needs[1].text",
                "2,001 characters long; at most 2,000 are allowed");
    }

    @Test
    void refusesBlankText() {
        String json = replaced("\"A seat\"", "\"  \\t \"");
        assertThat(refused(json).getMessage()).contains("$.sections.needs[1].text", "found an empty string");
    }

    @Test
    void refusesTextStartingWithNulWhichAWorkspaceCannotStore() {
        String json = replaced("\"A seat\"", "\"\\u0000A seat\"");
        assertThat(refused(json).getMessage()).contains("$.sections.needs[1].text", "NUL character (U+0000)");
        assertThat(read(replaced("\"A seat\"", "\"A\\u0000 seat\"")).itemsIn(Section.NEEDS).get(1).text())
                .isEqualTo("A\u0000 seat");
    }

    @Test
    void refusesAKeyUsedTwice() {
        String json = replaced("\"need-2\"", "\"need-1\"");
        assertThat(refused(json).getMessage()).contains("$.sections.needs[1].key",
                "the key 'need-1' is already used by the item at line 9");
    }

    @Test
    void refusesALinkToAMissingItem() {
        String json = replaced("\"customer\": \"need-1\"", "\"customer\": \"need-9\"");
        FormatException e = refused(json);
        assertThat(e.getMessage()).isEqualTo("canvas.json, " + at(json, "\"need-9\"")
                + " ($.fitLinks[0].customer): no item has the key 'need-9'; expected the key of a customer item"
                + " (want, need or fear) listed under \"sections\"");
    }

    @Test
    void refusesALinkBetweenTheWrongGroups() {
        String json = replaced("{\"offering\": \"feature-1\", \"customer\": \"need-1\"}",
                "{\"offering\": \"need-2\", \"customer\": \"need-1\"}");
        assertThat(refused(json).getMessage()).contains("$.fitLinks[0].offering", "'need-2' is a needs item",
                "expected the key of an offering item");
    }

    @Test
    void refusesARepeatedLink() {
        String json = replaced("{\"offering\": \"feature-1\", \"customer\": \"need-1\"}",
                "{\"offering\": \"feature-1\", \"customer\": \"need-1\"},\n    {\"customer\": \"need-1\", \"offering\": \"feature-1\"}");
        assertThat(refused(json).getMessage()).contains("$.fitLinks[1]", "repeats the one at line");
    }

    @Test
    void aVersion1FileMayHoldOnlyAnEmptyFeedbackArray() {
        assertThat(read(replaced("\"fitLinks\"", "\"feedback\": [],\n  \"fitLinks\"")).items()).hasSize(3);
        String json = replaced("\"fitLinks\"", "\"feedback\": [{\"promise\": \"feature-1\", \"score\": 3}],\n  \"fitLinks\"");
        assertThat(refused(json).getMessage()).contains("$.feedback", "schemaVersion 1 cannot hold feedback records"
                + " (1 found)", "\"schemaVersion\": 2");
        assertThat(reader.readDocument(new StringReader(json.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")),
                "canvas.json").feedback()).hasSize(1);
    }

    @Test
    void refusesHalfACharacter() {
        String json = replaced("\"A seat\"", "\"A \\ud83d seat\"");
        assertThat(refused(json).getMessage()).contains("$.sections.needs[1].text", "half of a character",
                "\\uD83D");
    }

    @Test
    void refusesAFieldGivenTwice() {
        String json = replaced("\"text\": \"A seat\"", "\"text\": \"A seat\", \"text\": \"Again\"");
        assertThat(refused(json).getMessage()).contains("line 10", "not valid JSON", "Duplicate field 'text'");
    }

    @Test
    void refusesAnUnknownColourAndABadDate() {
        String colour = replaced("\"green\"", "\"magenta\"");
        assertThat(refused(colour).getMessage()).contains(at(colour, "\"magenta\""),
                "expected a colour, one of none, yellow, green, blue, pink, orange, purple");
        String date = replaced("\"segment\": \"Commuters\"", "\"segment\": \"Commuters\", \"created\": \"yesterday\"");
        assertThat(refused(date).getMessage()).contains("$.canvas.created", "2024-05-01T09:30:00Z");
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingWhere() {
        byte[] good = VALID.getBytes(StandardCharsets.UTF_8);
        int index = VALID.indexOf("A seat") + 2;
        byte[] bad = good.clone();
        bad[VALID.substring(0, index).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        FormatException e = catchThrowableOfType(FormatException.class,
                () -> reader.read(new ByteArrayInputStream(bad), "canvas.json"));
        assertThat(e.getMessage()).contains(at(VALID, "seat"), "not UTF-8", "0xFF");
    }

    @Test
    void readsBytesWithAByteOrderMark() {
        byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(reader.read(new ByteArrayInputStream(withBom), "canvas.json").items()).hasSize(3);
    }
}
