package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.app.SampleWorkspace;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class CanvasMarkdownWriterTest {
    private final CanvasMarkdownWriter writer = new CanvasMarkdownWriter();

    @Test
    void writesHeadingsBulletsLinksAndTheFitSummary() {
        Canvas canvas = new Canvas(1, "Café", "Commuters", "Corner café", "", Instant.parse("2024-01-02T03:04:05Z"),
                Instant.parse("2024-01-03T00:00:00Z"));
        Item need = TestCanvases.item(1, Section.NEEDS, 0, "Coffee before the train", "", ColourTag.NONE, "", 5, false, 4);
        Item fear = TestCanvases.item(2, Section.FEARS, 0, "Missing the train", "", ColourTag.NONE, "", 4, false, 4);
        Item feature = TestCanvases.item(3, Section.FEATURES, 0, "Opens at 6:30", "Checked daily", ColourTag.NONE,
                "Ana", 3, true, 5);
        Item fluff = TestCanvases.item(4, Section.EXPERIENCE, 0, "Jazz playlist", "", ColourTag.NONE, "", 3, false, 4);
        String md = writer.markdown(new CanvasContent(canvas, List.of(need, fear, feature, fluff),
                List.of(new FitLink(3, 1))));
        assertThat(md).startsWith("""
                # Café

                **Customer segment:** Commuters \s
                **Offering:** Corner café \s
                **Last changed:** 2024-01-03

                ## Offering

                ### Features

                - **[promise, target 5/5]** Opens at 6:30 — *Ana*
                  - Notes: Checked daily
                  - answers: Coffee before the train *(Needs)*

                ### Benefits

                *No items.*
                """);
        assertThat(md).contains("""
                ## Customer profile

                ### Wants

                *No items.*

                ### Needs

                - **[importance 5/5]** Coffee before the train
                """);
        assertThat(md).contains("## Alternatives\n\n### Competitors\n")
                .contains("Fit score: **56%** (5 of 9 importance points answered)")
                .contains("### Unanswered customer items\n\n- Fears: Missing the train\n")
                .contains("### Fluff (offering items that answer nothing)\n\n- Experience: Jazz playlist\n");
        assertThat(md.indexOf("## Offering")).isLessThan(md.indexOf("## Customer profile"));
        assertThat(md.indexOf("## Customer profile")).isLessThan(md.indexOf("## Alternatives"));
    }

    @Test
    void escapesEverythingMarkdownWouldReadAsMarkup() {
        assertThat(CanvasMarkdownWriter.escapeLine("*bold* _it_ `code` [link](x) <b> a|b ~s~ \\ & ok"))
                .isEqualTo("\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> a\\|b \\~s\\~ \\\\ \\& ok");
        assertThat(CanvasMarkdownWriter.escapeLine("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(CanvasMarkdownWriter.escapeLine("- not a bullet")).isEqualTo("\\- not a bullet");
        assertThat(CanvasMarkdownWriter.escapeLine("+ not a bullet")).isEqualTo("\\+ not a bullet");
        assertThat(CanvasMarkdownWriter.escapeLine("---")).isEqualTo("\\---");
        assertThat(CanvasMarkdownWriter.escapeLine("> not a quote")).isEqualTo("\\> not a quote");
        assertThat(CanvasMarkdownWriter.escapeLine("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(CanvasMarkdownWriter.escapeLine("2024) not a list")).isEqualTo("2024\\) not a list");
        assertThat(CanvasMarkdownWriter.escapeLine("-5 degrees and 3.5 stars")).isEqualTo("-5 degrees and 3.5 stars");
        assertThat(CanvasMarkdownWriter.escapeLine("bell\u0007 nul\u0000")).isEqualTo("bell\uFFFD nul\uFFFD");
    }

    @Test
    void keepsMultiLineTextInsideItsBullet() {
        assertThat(CanvasMarkdownWriter.block("first line\n\n# second\r\n   - third", "  "))
                .isEqualTo("first line  \n  \\# second  \n  \\- third");
        assertThat(CanvasMarkdownWriter.inline("name\nwith # break")).isEqualTo("name with # break");
    }

    @Test
    void everyItemOfEverySampleAppearsAsABullet() {
        for (CanvasContent sample : SampleWorkspace.canvases()) {
            String md = writer.markdown(sample);
            assertThat(md).startsWith("# " + CanvasMarkdownWriter.inline(sample.canvas().name()) + "\n");
            for (Item item : sample.items()) {
                assertThat(md).containsPattern("(?m)^- .*" + java.util.regex.Pattern.quote(
                        CanvasMarkdownWriter.block(item.text(), "  ")));
            }
        }
    }

    @Test
    void theHostileCanvasNeverBreaksOutOfItsBullets() {
        String md = writer.markdown(TestCanvases.hostile());
        for (String line : md.split("\n")) {
            assertThat(line).as(line).matches("|# .*|#{2,3} .*|- .*|  .*|\\*\\*.*|Fit score.*|\\*No items\\.\\*|[^-#>*+].*");
        }
        assertThat(md).doesNotContain("<script>").doesNotContain("[link](x)").contains("\\[link\\](x)");
    }
}
