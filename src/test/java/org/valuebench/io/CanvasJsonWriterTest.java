package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Section;

class CanvasJsonWriterTest {
    private final CanvasJsonWriter writer = new CanvasJsonWriter();

    static String json(CanvasContent content, boolean withFeedback) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CanvasJsonWriter().write(content, out, withFeedback);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static CanvasContent small() {
        Canvas canvas = new Canvas(7, "Café", "Commuters", "Corner café", "", Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-03T00:00:00Z"));
        return new CanvasContent(canvas, List.of(
                TestCanvases.item(40, 7, Section.NEEDS, 0, "Coffee before the 7:40 train", "", ColourTag.NONE, "", 5, false, 4),
                TestCanvases.item(41, 7, Section.FEATURES, 0, "Opens at 6:30", "Checked", ColourTag.GREEN, "Ana", 3, true, 5),
                TestCanvases.item(42, 7, Section.SUBSTITUTES, 0, "Coffee at home", "", ColourTag.NONE, "", 3, false, 4)),
                List.of(new FitLink(41, 40)));
    }

    @Test
    void writesAFixedLayoutWithKeysInOrderAndLocalItemKeys() {
        assertThat(json(small(), false)).isEqualTo("""
                {
                  "schemaVersion": 4,
                  "canvas": {
                    "name": "Café",
                    "segment": "Commuters",
                    "offering": "Corner café",
                    "notes": "",
                    "created": "2024-01-02T03:04:05Z",
                    "updated": "2024-01-03T00:00:00Z"
                  },
                  "sections": {
                    "wants": [],
                    "needs": [
                      {
                        "key": "need-1",
                        "text": "Coffee before the 7:40 train",
                        "importance": 5,
                        "colour": "none",
                        "author": "",
                        "notes": ""
                      }
                    ],
                    "fears": [],
                    "features": [
                      {
                        "key": "feature-1",
                        "text": "Opens at 6:30",
                        "promise": true,
                        "promiseTarget": 5,
                        "colour": "green",
                        "author": "Ana",
                        "notes": "Checked"
                      }
                    ],
                    "benefits": [],
                    "experience": [],
                    "competitors": [],
                    "substitutes": [
                      {
                        "key": "substitute-1",
                        "text": "Coffee at home",
                        "colour": "none",
                        "author": "",
                        "notes": ""
                      }
                    ]
                  },
                  "fitLinks": [
                    {
                      "offering": "feature-1",
                      "customer": "need-1"
                    }
                  ],
                  "factors": []
                }
                """);
    }

    @Test
    void withoutRecordsTheFeedbackArrayIsEmpty() {
        assertThat(json(small(), true)).endsWith("""
                  ],
                  "factors": [],
                  "feedback": []
                }
                """);
    }

    @Test
    void isStableAndUsesOnlyLineFeeds() {
        String first = json(TestCanvases.hostile(), false);
        assertThat(json(TestCanvases.hostile(), false)).isEqualTo(first);
        assertThat(first).doesNotContain("\r\n").endsWith("}\n");
        // Line breaks inside texts are escaped, so every physical line is a piece of the layout.
        assertThat(first.lines()).allMatch(line -> line.startsWith(" ") || line.equals("{") || line.equals("}"));
    }

    @Test
    void escapesControlCharactersAndKeepsOtherCharactersReadable() {
        String text = json(TestCanvases.hostile(), false);
        assertThat(text).contains("\\u0000", "\\u0001", "\\t", "\\n", "\\\"double\\\"", "back\\\\slash")
                .contains("🚀👍🏽", "שלום עולם", "مرحبا");
    }

    @Test
    void linksFollowCanvasOrderWhateverOrderTheyWereMadeIn() {
        CanvasContent content = TestCanvases.large(40, 20);
        List<FitLink> reversed = new java.util.ArrayList<>(content.links());
        java.util.Collections.reverse(reversed);
        CanvasContent shuffled = new CanvasContent(content.canvas(), content.items(), reversed);
        assertThat(json(shuffled, false)).isEqualTo(json(content, false));
    }
}
