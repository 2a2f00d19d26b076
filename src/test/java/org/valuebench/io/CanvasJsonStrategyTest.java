package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Strategy;

/** The strategy canvas in the exchange format (schemaVersion 3): written, read back, and refused where wrong. */
class CanvasJsonStrategyTest {
    private final CanvasJsonReader reader = new CanvasJsonReader();
    private final ShippedSchema schema = new ShippedSchema();

    private static String json(CanvasContent content) {
        return CanvasJsonWriterTest.json(content, false);
    }

    private CanvasContent read(String json) {
        return reader.read(new StringReader(json), "canvas.json");
    }

    /** The message of the refusal, after checking the schema refuses the document too when it can tell. */
    private String refused(String json, boolean schemaCanTell) {
        FormatException e = catchThrowableOfType(FormatException.class, () -> read(json));
        assertThat(e).as("refusal of%n%s", json).isNotNull();
        if (schemaCanTell) {
            assertThat(schema.problems(json)).as("schema").isNotEmpty();
        } else {
            assertThat(schema.problems(json)).as("schema").isEmpty();
        }
        return e.getMessage();
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

    private static String strategic() {
        return json(TestCanvases.strategic());
    }

    private static String replaced(String from, String to) {
        String valid = strategic();
        assertThat(valid).contains(from);
        return valid.replace(from, to);
    }

    @Test
    void writesTheFactorsInOrderWithKeysForItemsAndOffers() {
        String text = strategic();
        assertThat(text.substring(text.indexOf("  \"factors\": ["))).isEqualTo("""
                  "factors": [
                    {
                      "name": "Opening hours",
                      "source": "feature-1",
                      "action": "raise",
                      "actionNote": "Open before the first train",
                      "customerItems": [],
                      "ratings": [
                        {
                          "offer": "ours",
                          "score": 5,
                          "note": ""
                        },
                        {
                          "offer": "competitor-1",
                          "score": 3,
                          "note": ""
                        },
                        {
                          "offer": "competitor-2",
                          "score": 4,
                          "note": "Opens at 7"
                        },
                        {
                          "offer": "substitute-1",
                          "score": 5,
                          "note": "Always open"
                        }
                      ]
                    },
                    {
                      "name": "Price",
                      "source": null,
                      "action": "reduce",
                      "actionNote": "",
                      "customerItems": [
                        "fear-1"
                      ],
                      "ratings": [
                        {
                          "offer": "ours",
                          "score": 3,
                          "note": ""
                        },
                        {
                          "offer": "competitor-1",
                          "score": 4,
                          "note": ""
                        },
                        {
                          "offer": "competitor-2",
                          "score": 2,
                          "note": ""
                        },
                        {
                          "offer": "substitute-1",
                          "score": null,
                          "note": "Nearly free, but who knows"
                        }
                      ]
                    },
                    {
                      "name": "Calm seating",
                      "source": "want-1",
                      "action": "create",
                      "actionNote": "A quiet corner away from the counter",
                      "customerItems": [
                        "need-1"
                      ],
                      "ratings": [
                        {
                          "offer": "ours",
                          "score": 4,
                          "note": "Twelve seats"
                        },
                        {
                          "offer": "competitor-1",
                          "score": 1,
                          "note": ""
                        },
                        {
                          "offer": "competitor-2",
                          "score": 2,
                          "note": ""
                        }
                      ]
                    },
                    {
                      "name": "Loyalty card",
                      "source": null,
                      "action": "eliminate",
                      "actionNote": "Nobody asks for it",
                      "customerItems": [],
                      "ratings": []
                    }
                  ]
                }
                """);
        assertThat(schema.problems(text)).isEmpty();
    }

    @Test
    void ratingsAndLinksAreWrittenInCanvasOrderWhateverOrderTheyWereStoredIn() {
        CanvasContent content = TestCanvases.withStrategy(TestCanvases.large(60, 20), "n");
        Strategy strategy = content.strategy();
        Strategy reversed = new Strategy(reversed(strategy.factors()), reversed(strategy.links()),
                reversed(strategy.ratings()));
        assertThat(json(content.withStrategy(reversed))).isEqualTo(json(content));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void readsTheFactorsBackAndWritesTheSameBytes() {
        CanvasContent back = read(strategic());
        assertThat(TestCanvases.strategyWithoutIds(back))
                .isEqualTo(TestCanvases.strategyWithoutIds(TestCanvases.strategic()));
        assertThat(back.strategy().factors()).extracting(Factor::id, Factor::position).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 0), org.assertj.core.groups.Tuple.tuple(2L, 1),
                org.assertj.core.groups.Tuple.tuple(3L, 2), org.assertj.core.groups.Tuple.tuple(4L, 3));
        assertThat(back.strategy().rating(2, back.itemsIn(org.valuebench.domain.Section.SUBSTITUTES).get(0).id()))
                .isEqualTo(new Rating(2, 8, Rating.UNKNOWN, "Nearly free, but who knows"));
        assertThat(json(back)).isEqualTo(strategic());
    }

    @Test
    void roundTripsHostileAndLargeStrategies() {
        for (CanvasContent content : List.of(TestCanvases.withStrategy(TestCanvases.hostile(), TestCanvases.HOSTILE),
                TestCanvases.withStrategy(TestCanvases.large(80, 30), "Evidence"))) {
            String written = json(content);
            CanvasContent back = read(written);
            assertThat(TestCanvases.strategyWithoutIds(back)).isEqualTo(TestCanvases.strategyWithoutIds(content));
            assertThat(json(back)).isEqualTo(written);
        }
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String json = replaced("    {\n      \"name\": \"Loyalty card\",\n      \"source\": null,\n"
                + "      \"action\": \"eliminate\",\n      \"actionNote\": \"Nobody asks for it\",\n"
                + "      \"customerItems\": [],\n      \"ratings\": []\n    }",
                "    {\"name\": \"Loyalty card\"},\n    {\"name\": \"Parking\", \"ratings\": [{\"offer\": \"substitute-1\"},"
                + " {\"offer\": \"ours\", \"score\": 2}]}");
        assertThat(schema.problems(json)).isEmpty();
        Strategy strategy = read(json).strategy();
        assertThat(strategy.factors()).hasSize(5);
        assertThat(strategy.factors().get(3)).isEqualTo(new Factor(4, 0, 3, "Loyalty card", 0, FourAction.NONE, ""));
        // A cell with neither score nor note is blank: nothing to keep.
        assertThat(strategy.ratings()).filteredOn(r -> r.factorId() == 5).containsExactly(
                new Rating(5, Offer.OURS, 2, ""));
    }

    @Test
    void filesWithoutFactorsAndOlderFilesHaveNone() {
        CanvasContent plain = TestCanvases.strategic().withStrategy(Strategy.NONE);
        String text = json(plain);
        assertThat(text).contains("\"factors\": []\n}");
        assertThat(read(text).strategy()).isEqualTo(Strategy.NONE);
        String version2 = text.replace("\"schemaVersion\": 4", "\"schemaVersion\": 2")
                .replace(",\n  \"factors\": []", "");
        assertThat(schema.problems(version2)).isEmpty();
        assertThat(read(version2).strategy()).isEqualTo(Strategy.NONE);
        assertThat(read(text.replace("\"schemaVersion\": 4", "\"schemaVersion\": 1")).strategy().isEmpty()).isTrue();
    }

    // ---- refusals: each names file, line, column, path and what was expected

    @Test
    void refusesFactorsInAFileOfAnOlderVersion() {
        String json = replaced("\"schemaVersion\": 4", "\"schemaVersion\": 2");
        assertThat(refused(json, true)).isEqualTo("canvas.json, " + at(json, "[\n    {\n      \"name\": \"Opening")
                + " ($.factors): a file of schemaVersion 2 cannot hold competing factors (4 found); expected"
                + " \"schemaVersion\": 3 or higher for a file with a strategy canvas");
    }

    @Test
    void refusesAnUnknownSourceKey() {
        String json = replaced("\"source\": \"feature-1\"", "\"source\": \"feature-9\"");
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, "\"feature-9\"")
                + " ($.factors[0].source): no item has the key 'feature-9'; expected the key of a customer or"
                + " offering item (want, need, fear, feature, benefit or experience), or null for a factor of its"
                + " own listed under \"sections\"");
    }

    @Test
    void refusesASourceThatIsAnAlternative() {
        String json = replaced("\"source\": \"feature-1\"", "\"source\": \"competitor-2\"");
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, "\"competitor-2\",\n      \"action\"")
                + " ($.factors[0].source): 'competitor-2' is a competitors item, one of the offers compared on the"
                + " factors; expected the key of a customer or offering item (want, need, fear, feature, benefit or"
                + " experience), or null for a factor of its own");
    }

    @Test
    void refusesTheSameSourceForTwoFactors() {
        String json = replaced("\"source\": \"want-1\"", "\"source\": \"feature-1\"");
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, "\"feature-1\",\n      \"action\": \"create\"")
                + " ($.factors[2].source): 'feature-1' is already the source of the factor at line "
                + at(json, "\"feature-1\",\n      \"action\": \"raise\"").split(",")[0].substring(5)
                + " ($.factors[0].source); an item becomes one factor at most");
    }

    @Test
    void refusesAnUnknownAction() {
        String json = replaced("\"action\": \"reduce\"", "\"action\": \"keep\"");
        assertThat(refused(json, true)).isEqualTo("canvas.json, " + at(json, "\"keep\"")
                + " ($.factors[1].action): expected the four-actions choice, one of none, eliminate, reduce, raise,"
                + " create; found the string \"keep\"");
    }

    @Test
    void refusesALinkToAnItemThatIsNotACustomerItemAndALinkListedTwice() {
        String json = replaced("\"customerItems\": [\n        \"fear-1\"", "\"customerItems\": [\n        \"feature-2\"");
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, "\"feature-2\"\n")
                + " ($.factors[1].customerItems[0]): 'feature-2' is a features item; expected the key of a customer"
                + " item (want, need or fear)");
        String twice = replaced("\"customerItems\": [\n        \"fear-1\"",
                "\"customerItems\": [\n        \"fear-1\", \"fear-1\"");
        assertThat(refused(twice, true)).isEqualTo("canvas.json, " + at(twice, "\"fear-1\"\n")
                + " ($.factors[1].customerItems[1]): 'fear-1' is already listed for this factor at line "
                + at(twice, "\"fear-1\", ").split(",")[0].substring(5) + " ($.factors[1].customerItems[0])");
    }

    @Test
    void refusesARatingOnAnOfferThatIsNotAnAlternative() {
        String json = replaced("\"offer\": \"competitor-1\"", "\"offer\": \"need-1\"");
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, "\"need-1\",\n          \"score\": 3")
                + " ($.factors[0].ratings[1].offer): 'need-1' is a needs item, not an offer to rate; expected"
                + " \"ours\" (the canvas's own offering) or the key of a competitor or substitute");
        String unknown = replaced("\"offer\": \"competitor-1\"", "\"offer\": \"rival\"");
        assertThat(refused(unknown, false)).isEqualTo("canvas.json, " + at(unknown, "\"rival\"")
                + " ($.factors[0].ratings[1].offer): no item has the key 'rival'; expected \"ours\" (the canvas's"
                + " own offering) or the key of a competitor or substitute listed under \"sections\"");
        String number = replaced("\"offer\": \"ours\"", "\"offer\": 0");
        assertThat(refused(number, true)).isEqualTo("canvas.json, " + at(number, "0,\n          \"score\": 5")
                + " ($.factors[0].ratings[0].offer): expected \"ours\" (the canvas's own offering) or the key of a"
                + " competitor or substitute, found the number 0");
    }

    @Test
    void refusesAScoreOutside1To5() {
        for (String bad : List.of("6", "0", "2.5", "\"3\"", "true")) {
            String json = replaced("\"score\": 3,\n          \"note\": \"\"\n        },\n        {\n          \"offer\":"
                    + " \"competitor-1\",\n          \"score\": 4", "\"score\": " + bad + ",\n          \"note\": \"\"\n"
                    + "        },\n        {\n          \"offer\": \"competitor-1\",\n          \"score\": 4");
            String found = switch (bad) {
                case "\"3\"" -> "the string \"3\"";
                case "true" -> "true";
                default -> "the number " + bad;
            };
            assertThat(refused(json, true)).isEqualTo("canvas.json, " + at(json, bad + ",\n          \"note\": \"\"\n"
                    + "        },\n        {\n          \"offer\": \"competitor-1\",\n          \"score\": 4")
                    + " ($.factors[1].ratings[0].score): expected the score as a whole number from 1 to 5, or null"
                    + " when unknown, found " + found);
        }
    }

    @Test
    void refusesASecondRatingOfTheSameCell() {
        String json = replaced("\"offer\": \"competitor-2\",\n          \"score\": 4",
                "\"offer\": \"competitor-1\",\n          \"score\": 4");
        String second = "{\n          \"offer\": \"competitor-1\",\n          \"score\": 4";
        String first = "{\n          \"offer\": \"competitor-1\",\n          \"score\": 3";
        assertThat(refused(json, false)).isEqualTo("canvas.json, " + at(json, second)
                + " ($.factors[0].ratings[2]): this factor already has a rating for 'competitor-1' at line "
                + at(json, first).split(",")[0].substring(5) + " ($.factors[0].ratings[1]); expected one rating per"
                + " offer");
    }

    @Test
    void refusesUnknownFieldsAndMissingNames() {
        String field = replaced("\"actionNote\": \"\",", "\"actionNote\": \"\", \"weight\": 3,");
        assertThat(refused(field, true)).contains("($.factors[1].weight): unknown field 'weight' in a competing"
                + " factor; expected only action, actionNote, customerItems, name, ratings, source");
        String ratingField = replaced("\"note\": \"Opens at 7\"", "\"note\": \"Opens at 7\", \"date\": null");
        assertThat(refused(ratingField, true)).contains("($.factors[0].ratings[2].date): unknown field 'date' in a"
                + " rating; expected only note, offer, score");
        String noName = replaced("\"name\": \"Price\",", "");
        assertThat(refused(noName, true)).contains("($.factors[1]): missing required field 'name' (the factor's"
                + " name)");
        String blank = replaced("\"name\": \"Price\"", "\"name\": \" \"");
        assertThat(refused(blank, true)).contains("($.factors[1].name): expected the factor's name, found an empty"
                + " string");
        String longName = replaced("\"name\": \"Price\"", "\"name\": \"" + "p".repeat(201) + "\"");
        assertThat(refused(longName, true)).contains("($.factors[1].name): the factor's name is 201 characters"
                + " long; at most 200 are allowed");
        String notArray = json(TestCanvases.strategic().withStrategy(Strategy.NONE))
                .replace("\"factors\": []", "\"factors\": {}");
        assertThat(refused(notArray, true)).contains("($.factors): expected an array of competing factors");
    }

    @Test
    void theWriterRefusesAStrategyPointingOffTheCanvas() {
        CanvasContent content = TestCanvases.strategic();
        Strategy strategy = content.strategy();
        List<Rating> ratings = new java.util.ArrayList<>(strategy.ratings());
        ratings.add(new Rating(1, 5, 3, ""));
        assertThatThrownBy(() -> json(content.withStrategy(new Strategy(strategy.factors(), strategy.links(),
                ratings)))).isInstanceOf(FormatException.class).hasMessageContaining("'Opening hours'");
        List<FactorLink> links = List.of(new FactorLink(1, 4));
        assertThatThrownBy(() -> json(content.withStrategy(new Strategy(strategy.factors(), links, List.of()))))
                .isInstanceOf(FormatException.class).hasMessageContaining("not a customer item");
    }
}
