package org.valuebench.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void keepsOrdinaryNamesAndLettersOfAnyScript() {
        assertThat(SafeFileName.of("Best-in-class customer service")).isEqualTo("Best-in-class customer service");
        assertThat(SafeFileName.of("Corner café – Łódź 🚀")).isEqualTo("Corner café – Łódź 🚀");
        assertThat(SafeFileName.of("مقهى الزاوية")).isEqualTo("مقهى الزاوية");
    }

    @Test
    void replacesSeparatorsAndCharactersWindowsRefuses() {
        assertThat(SafeFileName.of("Q3: prices/stock?")).isEqualTo("Q3 - prices - stock");
        assertThat(SafeFileName.of("a\\b<c>d|e*f\"g")).isEqualTo("a - b - c - d - e - f - g");
        assertThat(SafeFileName.of("line\nbreak\ttab")).isEqualTo("line - break - tab");
    }

    @Test
    void neverStartsOrEndsWithDotsOrSpacesAndIsNeverEmpty() {
        assertThat(SafeFileName.of("  ..hidden.. ")).isEqualTo("hidden");
        assertThat(SafeFileName.of("///")).isEqualTo("canvas");
        assertThat(SafeFileName.of("   ")).isEqualTo("canvas");
        assertThat(SafeFileName.of(null)).isEqualTo("canvas");
    }

    @Test
    void avoidsWindowsDeviceNames() {
        assertThat(SafeFileName.of("con")).isEqualTo("con canvas");
        assertThat(SafeFileName.of("LPT1.txt")).isEqualTo("LPT1.txt canvas");
        assertThat(SafeFileName.of("Console")).isEqualTo("Console");
    }

    @Test
    void shortensLongNamesWithoutSplittingACharacter() {
        String name = "🚀".repeat(200);
        String safe = SafeFileName.of(name);
        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(SafeFileName.MAX_LENGTH);
        assertThat(safe).isEqualTo("🚀".repeat(SafeFileName.MAX_LENGTH));
    }
}
