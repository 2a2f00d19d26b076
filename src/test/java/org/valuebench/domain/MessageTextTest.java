package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void aValueOfNineteenMillionCharactersIsCutToEightyWithAnEllipsis() {
        String huge = "k".repeat(19_000_000);
        String quoted = MessageText.quote(huge);
        assertThat(quoted).isEqualTo("'" + "k".repeat(MessageText.MAX_QUOTED) + "…'");
    }

    @Test
    void eightyCharactersAreNotCutButEightyOneAre() {
        assertThat(MessageText.quote("need-1")).isEqualTo("'need-1'");
        assertThat(MessageText.cut("Café ☕")).isEqualTo("Café ☕");
        assertThat(MessageText.cut("x".repeat(80))).isEqualTo("x".repeat(80));
        assertThat(MessageText.cut("x".repeat(81))).isEqualTo("x".repeat(80) + "…");
    }

    @Test
    void neverCutsACharacterInHalf() {
        String emoji = "🚀".repeat(200);
        String cut = MessageText.cut(emoji);
        assertThat(cut).isEqualTo("🚀".repeat(80) + "…");
    }

    @Test
    void cutsTheValuesALibraryQuotesInItsMessage() {
        String message = "Unrecognized token '" + "x".repeat(256) + "...': was expecting 'null', 'true' or 'false'";
        assertThat(MessageText.cutQuoted(message)).isEqualTo("Unrecognized token '" + "x".repeat(80) + "…': was"
                + " expecting 'null', 'true' or 'false'");
    }

    /** A value could otherwise break the message's line or send escape sequences to the terminal. */
    @Test
    void showsLineBreaksAndControlCharactersInsteadOfWritingThem() {
        assertThat(MessageText.cut("a\nb\tc\r\u001b[2J\u0000")).isEqualTo("a\\nb\\tc\\r\\u001B[2J\\u0000");
        assertThat(MessageText.cut("\u0007".repeat(100))).hasSizeLessThanOrEqualTo(80 + 1).endsWith("…")
                .doesNotContain("\u0007");
    }
}
