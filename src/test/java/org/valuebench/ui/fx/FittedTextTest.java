package org.valuebench.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Rooms are measured in the test's own font, so the expected breaks hold whatever fonts the machine has. */
class FittedTextTest {
    private static final Font FONT = Font.font("System", 13);
    private final FittedText fitted = new FittedText();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void breaksAtSpacesIntoTheLinesThatFit() {
        double room = width("Range under") + 1;
        assertThat(fitted.fit("Range under one roof", FONT, room, 3)).isEqualTo("Range under\none roof");
        assertThat(fitted.fit("Price", FONT, room, 3)).isEqualTo("Price");
        assertThat(fitted.fit("Range under one roof", FONT, width("Range under one roof"), 1))
                .isEqualTo("Range under one roof");
    }

    @Test
    void breaksAHyphenatedWordAfterItsHyphen() {
        assertThat(fitted.fit("Self-service coverage", FONT, width("coverage") + 1, 3))
                .isEqualTo("Self-\nservice\ncoverage");
        assertThat(fitted.fit("Self-service coverage", FONT, width("Self-service coverage"), 1))
                .isEqualTo("Self-service coverage");
    }

    @Test
    void endsTheLastLineWithAnEllipsisWhenTheNameGoesOn() {
        String text = fitted.fit("Video call with a named adviser", FONT, width("Video call") + 1, 2);
        assertThat(text).startsWith("Video call\n").endsWith("…");
        assertThat(text.lines()).hasSize(2).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(
                width("Video call") + 1));
    }

    @Test
    void cutsAWordWiderThanALineInsteadOfBreakingItInside() {
        double room = width("Discount") - 1;
        String text = fitted.fit("Discount store", FONT, room, 2);
        assertThat(text.lines().toList()).hasSize(2).last().isEqualTo("store");
        assertThat(text.lines().toList().get(0)).startsWith("Disc").endsWith("…");
        assertThat(text.lines()).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(room));
    }

    @Test
    void aPastedParagraphStillFitsItsLines() {
        String text = fitted.fit("Overnight".repeat(2_000) + " and more", FONT, 80, 2);
        assertThat(text.lines().toList()).hasSize(2).last().isEqualTo("and more");
        assertThat(text).startsWith("Over").contains("…\n");
        assertThat(text.lines()).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(80));
    }

    private static double width(String text) {
        Text measure = new Text(text);
        measure.setFont(FONT);
        return measure.getLayoutBounds().getWidth();
    }
}
