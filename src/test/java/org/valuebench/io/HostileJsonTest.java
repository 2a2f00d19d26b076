package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;

/**
 * Canvas files built to bring the reader down: numbers, strings, keys and nesting far beyond anything a canvas
 * holds. Each is refused while it is read, with a short message in our words that says where.
 */
class HostileJsonTest {
    private static final String TEMPLATE = """
            {
              "schemaVersion": VERSION,
              "canvas": {
                "name": "Hostile",
                "notes": NOTES
              },
              "sections": {
                "needs": [
                  {"key": "need-1", "text": "Coffee before the train", "importance": IMPORTANCE}
                ],
                "features": [
                  {"key": "feature-1", "text": "Opens at 6:30"}
                ]
              },
              "fitLinks": [
                {"offering": "feature-1", "customer": CUSTOMER}
              ]
            }
            """;

    private final CanvasJsonReader reader = new CanvasJsonReader();

    /** The template with one part replaced; the others keep their valid values. */
    private static String canvas(String part, String value) {
        String json = TEMPLATE.replace(part, value);
        for (String[] valid : new String[][] {{"VERSION", "1"}, {"NOTES", "\"\""}, {"IMPORTANCE", "5"},
                {"CUSTOMER", "\"need-1\""}}) {
            json = json.replace(valid[0], valid[1]);
        }
        return json;
    }

    /** Reads the bytes as the import of a file does. */
    private FormatException refused(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FormatException e = catchThrowableOfType(FormatException.class,
                () -> reader.read(new ByteArrayInputStream(bytes), "canvas.json"));
        assertThat(e).as("a refusal").isNotNull();
        assertThat(e.getMessage()).as("a short message in our words").hasSizeLessThan(500)
                .doesNotContain("StreamReadConstraints", "com.fasterxml", "jackson", "exceeds the maximum");
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

    @Test
    void aHugeExponentIsRefusedWhileParsingWithLineAndColumn() {
        String json = canvas("IMPORTANCE", "1e1000000000");
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "1e1000000000")
                + " ($.sections.needs[0].importance): the number 1e1000000000 has an exponent beyond 400 in size;"
                + " expected a plain number such as 4 or 3.75");
    }

    /** As the format version the same number used to end in OutOfMemoryError. */
    @Test
    void aHugeExponentAsSchemaVersionIsRefusedWithoutRunningOutOfMemory() {
        String json = canvas("VERSION", "1E+1000000000");
        assertThat(refused(json)).hasMessageStartingWith("canvas.json, " + at(json, "1E+1000000000")
                + " ($.schemaVersion): the number 1E+1000000000 has an exponent beyond 400");
        String negative = canvas("VERSION", "1e-1000000000");
        assertThat(refused(negative)).hasMessageContaining("($.schemaVersion): the number 1e-1000000000 has an"
                + " exponent beyond 400");
    }

    /** Every double Java writes reads back; one step further is refused. */
    @Test
    void anExponentOfFourHundredIsReadAndFourHundredAndOneIsRefused() {
        assertThat(refused(canvas("IMPORTANCE", "5e-400")).getMessage())
                .contains("expected the importance as a whole number from 1 to 5, found the number 5E-400");
        assertThat(refused(canvas("IMPORTANCE", "50000e-0401")).getMessage())
                .contains("the number 50000e-0401 has an exponent beyond 400");
        CanvasContent read = reader.read(new StringReader(canvas("IMPORTANCE", "0.5E1")), "canvas.json");
        assertThat(read.itemsIn(Section.NEEDS).get(0).importance()).isEqualTo(5);
    }

    @Test
    void aNumberOfFiveThousandDigitsIsRefusedWithLineAndColumnInOurWords() {
        String json = canvas("IMPORTANCE", "4" + "0".repeat(4_999));
        assertThat(refused(json)).hasMessageStartingWith("canvas.json, line 9, column ")
                .hasMessageEndingWith("($.sections.needs[0].importance): a number of more than 24 characters;"
                        + " expected a plain number such as 4 or 3.75");
    }

    @Test
    void aNumberOfTwentyFiveCharactersIsRefusedAndTwentyFourAreRead() {
        String json = canvas("IMPORTANCE", "-1.79769313486231570E+308");
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "-1.797")
                + " ($.sections.needs[0].importance): a number of more than 24 characters; expected a plain number"
                + " such as 4 or 3.75");
        assertThat(refused(canvas("IMPORTANCE", "-1.7976931348623157E+308")).getMessage())
                .contains("expected the importance as a whole number from 1 to 5, found the number"
                        + " -1.7976931348623157E+308");
    }

    @Test
    void aFiftyMegabyteStringIsRefusedWithLineAndColumnInOurWords() {
        String json = canvas("NOTES", "\"" + "n".repeat(50_000_000) + "\"");
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "\"nnn") + " ($.canvas.notes): a string of"
                + " more than 100,000 characters; no text in a ValueBench file is that long (is this the right"
                + " file?)");
    }

    @Test
    void nestingOfAHundredThousandLevelsIsRefusedWithLineAndColumnInOurWords() {
        String json = canvas("NOTES", "[".repeat(100_000) + "]".repeat(100_000));
        assertThat(refused(json)).hasMessageStartingWith("canvas.json, line 5, column ")
                .hasMessageContaining("($.canvas.notes[0][0]")
                .hasMessageEndingWith("arrays and objects nested more than 32 deep; a ValueBench file nests a few"
                        + " levels at most (is this the right file?)");
    }

    @Test
    void aFitLinkToANineteenMegabyteKeyGivesAShortMessage() {
        String json = canvas("CUSTOMER", "\"" + "k".repeat(19_000_000) + "\"");
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "\"kkk") + " ($.fitLinks[0].customer): a"
                + " string of more than 100,000 characters; no text in a ValueBench file is that long (is this the"
                + " right file?)");
    }

    @Test
    void aFitLinkToALongUnknownKeyQuotesItCutToEightyCharacters() {
        String json = canvas("CUSTOMER", "\"" + "k".repeat(90_000) + "\"");
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "\"kkk") + " ($.fitLinks[0].customer): no"
                + " item has the key '" + "k".repeat(80) + "…'; expected the key of a customer item (want, need or"
                + " fear) listed under \"sections\"");
    }

    @Test
    void unknownFieldsAndSectionsWithLongNamesAreQuotedCut() {
        String field = canvas("\"name\": \"Hostile\"", "\"name\": \"Hostile\", \"" + "f".repeat(9_000) + "\": 1");
        assertThat(refused(field).getMessage()).contains("unknown field '" + "f".repeat(80) + "…' in the canvas"
                + " header");
        String section = canvas("\"features\":", "\"" + "s".repeat(9_000) + "\":");
        assertThat(refused(section).getMessage()).contains("unknown section '" + "s".repeat(80) + "…'");
        String longer = canvas("\"features\":", "\"" + "s".repeat(1_000_000) + "\":");
        assertThat(refused(longer)).hasMessageStartingWith("canvas.json, line ")
                .hasMessageContaining("($.sections): a field name of more than 10,000 characters; no field name in"
                        + " a ValueBench file is that long (is this the right file?)");
    }

    /** The parser quotes a bad token of up to 256 characters; we show 80 of them. */
    @Test
    void aLongBadTokenIsQuotedCut() {
        String json = canvas("NOTES", "tru" + "x".repeat(10_000));
        assertThat(refused(json)).hasMessage("canvas.json, " + at(json, "trux") + " ($.canvas.notes): not valid"
                + " JSON: Unrecognized token 'tru" + "x".repeat(77) + "…': was expecting (JSON String, Number,"
                + " Array, Object or token 'null', 'true' or 'false')");
    }

    /** A text with line breaks or terminal escapes must not break the message's line or drive the terminal. */
    @Test
    void aQuotedValueShowsItsControlCharacters() {
        String json = canvas("CUSTOMER", "\"need\\n\\u001b[2J\"");
        assertThat(refused(json).getMessage()).contains("no item has the key 'need\\n\\u001B[2J'")
                .doesNotContain("\n", "\u001b");
    }
}
