package org.valuebench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.SectionGroup;
import org.valuebench.report.SectionPalette;

/**
 * The window's style sheet cannot read Java, so it keeps its own copy of the section colours: this holds the
 * light theme's copy equal to {@link SectionPalette}, which the PDF and the command line's PNG paint with.
 */
class SectionPaletteCssTest {
    @Test
    void theLightThemesSectionColoursAreThePalettes() throws IOException {
        String css;
        try (InputStream in = SectionPaletteCssTest.class.getResourceAsStream(
                "/org/valuebench/ui/shell/valuebench.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String light = css.substring(css.indexOf(".valuebench {"), css.indexOf("}", css.indexOf(".valuebench {")));
        for (SectionGroup group : SectionGroup.values()) {
            String name = group.name().toLowerCase(Locale.ROOT);
            SectionPalette.Colours colours = SectionPalette.of(group);
            assertThat(value(light, "-vb-group-" + name)).as(name).isEqualTo(colours.group());
            assertThat(value(light, "-vb-card-" + name)).as(name).isEqualTo(colours.card());
            assertThat(value(light, "-vb-card-" + name + "-border")).as(name).isEqualTo(colours.border());
        }
    }

    private static String value(String block, String property) {
        Matcher m = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6});").matcher(block);
        assertThat(m.find()).as(property).isTrue();
        return m.group(1).toLowerCase(Locale.ROOT);
    }
}
