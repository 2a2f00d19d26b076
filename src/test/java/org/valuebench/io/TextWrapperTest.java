package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextWrapperTest {
    private PDDocument document;
    private PdfFonts fonts;
    private TextWrapper wrapper;
    private PDFont font;

    @BeforeEach
    void embedFonts() throws IOException {
        document = new PDDocument();
        fonts = PdfFonts.embed(document, PdfFontFiles.fromClasspath());
        wrapper = new TextWrapper(fonts);
        font = fonts.regular();
    }

    @AfterEach
    void close() throws IOException {
        document.close();
    }

    @Test
    void breaksAtSpacesAndEveryLineFits() {
        String text = "Shoppers compare the weekly basket across stores and expect the same low price every day";
        List<String> lines = wrapper.wrap(text, font, 8, 100);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(font, 8, line)).isLessThanOrEqualTo(100));
        assertThat(String.join(" ", lines)).isEqualTo(text);
    }

    @Test
    void breaksAWordWiderThanTheLineInsideItLosingNothing() {
        String word = "x".repeat(300);
        List<String> lines = wrapper.wrap("a " + word + " b", font, 8, 60);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("a" + word + "b");
        assertThat(lines).allSatisfy(line -> assertThat(fonts.width(font, 8, line)).isLessThanOrEqualTo(60));
    }

    @Test
    void keepsLineBreaksAndBlankLines() {
        assertThat(wrapper.wrap("one\ntwo\r\n\r\nfour\u2028five", font, 8, 500))
                .containsExactly("one", "two", "", "four", "five");
    }

    @Test
    void replacesMissingGlyphsVisiblyAndDropsInvisibleCharactersTheFontLacks() {
        assertThat(wrapper.wrap("go 🚀 now", font, 8, 500)).containsExactly("go □ now");
        // DejaVu has a (zero-width) glyph for the joiner, so it stays; the people it joins do not.
        assertThat(wrapper.wrap("family 👨‍👩‍👧 ok", font, 8, 500)).containsExactly("family □\u200D□\u200D□ ok");
        assertThat(wrapper.wrap("tag\uDB40\uDC01 vs\uDB40\uDD00 tab\there bell\u0007", font, 8, 500))
                .containsExactly("tag vs tab here bell□");
        assertThat(wrapper.wrap("Łódź, ß, €, “quoted”, ✓", font, 8, 500))
                .containsExactly("Łódź, ß, €, “quoted”, ✓");
    }

    @Test
    void putsRightToLeftRunsInVisualOrder() {
        assertThat(TextWrapper.visualOrder("abc")).isEqualTo("abc");
        assertThat(TextWrapper.visualOrder("שלום")).isEqualTo("םולש");
        assertThat(TextWrapper.visualOrder("Hebrew שלום עולם end")).isEqualTo("Hebrew םלוע םולש end");
        assertThat(TextWrapper.visualOrder("(שלום)")).isEqualTo("(םולש)");
    }
}
