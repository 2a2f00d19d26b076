package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.app.samples.SampleWorkspace;
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
                .contains("### Customer items nobody answers\n\n- Fears: Missing the train\n")
                .contains("### Fluff (offering items that answer nothing)\n\n- Experience: Jazz playlist\n");
        assertThat(md.indexOf("## Offering")).isLessThan(md.indexOf("## Customer profile"));
        assertThat(md.indexOf("## Customer profile")).isLessThan(md.indexOf("## Alternatives"));
    }

    @Test
    void writesTheStrategyAfterTheFitSummary() {
        String md = writer.markdown(TestCanvases.strategic());
        assertThat(md.indexOf("## Fit")).isLessThan(md.indexOf("## Strategy"));
        assertThat(md.substring(md.indexOf("## Strategy"))).isEqualTo("""
                ## Strategy

                ### Ratings

                Each offer rated 1 (poor) to 5 (best) on the factors customers compare; – where unknown.

                | Factor | **Ours:** Corner café | Station kiosk *(Competitors)* | Chain café *(Competitors)* | Coffee at home *(Substitutes)* |
                |---|---:|---:|---:|---:|
                | Opening hours | 5 | 3 | 4 | 5 |
                | Price | 3 | 4 | 2 | – |
                | Calm seating | 4 | 1 | 2 | – |
                | Loyalty card | – | – | – | – |

                Evidence:

                - Opening hours · Chain café: Opens at 7
                - Opening hours · Coffee at home: Always open
                - Price · Coffee at home: Nearly free, but who knows
                - Calm seating · Corner café: Twelve seats

                ### Four actions

                - **Eliminate:** Loyalty card
                  - Loyalty card: Nobody asks for it
                - **Reduce:** Price
                - **Raise:** Opening hours
                  - Opening hours: Open before the first train
                - **Create:** Calm seating
                  - Calm seating: A quiet corner away from the counter

                ### Differentiation

                Our rating against the best alternative's: me-too within 0.5, me-too factors first. Weight: the\
                 highest importance of the customer items a factor matters through (3 when none).

                | Factor | Standing | Weight | Ours | Best alternative | Margin | Leaders |
                |---|---|---:|---:|---:|---:|---|
                | Opening hours | Me-too | 5 | 5 | 5 | 0 | Coffee at home |
                | Price | Trail | 3 | 3 | 4 | -1 | Station kiosk |
                | Calm seating | Lead | 5 | 4 | 2 | +2 | Chain café |
                | Loyalty card | Unrated | 3 | – | – | – | – |

                Differentiation: **+0.54** (weighted mean margin); share of the weight: me-too 38%, trailing 23%,\
                 leading 38%.

                Rivals, strongest first (our weighted margin over the factors both are rated on):

                - Coffee at home: 0.00 over 1 factor
                - Chain café: +1.38 over 3 factors
                - Station kiosk: +1.69 over 3 factors

                """);
    }

    @Test
    void showsDeliveryWhereTheAnalysisHasItAndLeavesTheStrategyOutWithoutFactors() {
        CanvasContent content = TestCanvases.strategic();
        String md = writer.markdown(content, org.valuebench.analysis.DifferentiationAnalysis.of(content,
                java.util.Map.of(4L, 3.5)));
        assertThat(md).contains("| Factor | Standing | Weight | Ours | Delivered | Best alternative | Margin | Leaders |\n"
                + "|---|---|---:|---:|---:|---:|---:|---|\n"
                + "| Opening hours | Me-too (promise not kept) | 5 | 5 | 3.50 | 5 | 0 | Coffee at home |\n"
                + "| Price | Trail | 3 | 3 | – | 4 | -1 | Station kiosk |\n");
        assertThat(writer.markdown(content.withStrategy(org.valuebench.domain.Strategy.NONE)))
                .doesNotContain("## Strategy");
    }

    @Test
    void hostileFactorNamesStayInsideTheirTableCells() {
        String md = writer.markdown(TestCanvases.withStrategy(TestCanvases.hostile(), TestCanvases.HOSTILE));
        String strategy = md.substring(md.indexOf("## Strategy"));
        int columns = TestCanvases.hostile().offers().size() + 1;
        for (String line : strategy.split("\n")) {
            if (line.startsWith("| ") && !line.startsWith("| Factor | Standing")) {
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line)
                        .isIn((long) columns + 1, 8L);
            }
            assertThat(line).as(line).matches("|#{2,3} .*|- .*|  .*|\\|.*|[A-Z].*");
        }
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
