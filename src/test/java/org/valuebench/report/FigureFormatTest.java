package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rounding every output shares, and the typography each writes it in (window, print, terminal). */
class FigureFormatTest {

    @Test
    void decimalsRoundToTwoAndOnlyTheWindowHidesAMinusZero() {
        assertThat(FigureFormat.decimal(3.755, Style.PRINT)).isEqualTo("3.76");
        assertThat(FigureFormat.decimal(1.0, Style.TERMINAL)).isEqualTo("1.00");
        assertThat(FigureFormat.decimal(-0.004, Style.SCREEN)).isEqualTo("0.00");
        assertThat(FigureFormat.decimal(-0.004, Style.PRINT)).isEqualTo("-0.00");
        assertThat(FigureFormat.decimal(-0.004, Style.TERMINAL)).isEqualTo("-0.00");
        assertThat(FigureFormat.two(-0.3)).isEqualTo("-0.30");
        assertThat(FigureFormat.three(2.3534)).isEqualTo("2.353");
    }

    @Test
    void noFigureIsWrittenAsEachOutputsDash() {
        assertThat(FigureFormat.decimal(null, Style.SCREEN)).isEqualTo("—").isEqualTo(Figure.NONE);
        assertThat(FigureFormat.decimal(null, Style.PRINT)).isEqualTo("–");
        assertThat(FigureFormat.decimal(null, Style.TERMINAL)).isEqualTo("-");
        assertThat(FigureFormat.signed(null, 2, Style.PRINT)).isEqualTo("–");
        assertThat(FigureFormat.percent(null, Style.TERMINAL)).isEqualTo("-");
        assertThat(FigureFormat.whole(null, Style.SCREEN)).isEqualTo("—");
    }

    @Test
    void signedFiguresCarryTheirSignExceptNothing() {
        assertThat(FigureFormat.signed(1.254, 2, Style.PRINT)).isEqualTo("+1.25");
        assertThat(FigureFormat.signed(-0.3, 2, Style.PRINT)).isEqualTo("-0.30");
        assertThat(FigureFormat.signed(-0.3, 2, Style.TERMINAL)).isEqualTo("-0.30");
        assertThat(FigureFormat.signed(-0.3, 2, Style.SCREEN)).isEqualTo("−0.30");
        assertThat(FigureFormat.signed(-0.004, 2, Style.SCREEN)).isEqualTo("0.00");
        assertThat(FigureFormat.signed(0.004, 2, Style.PRINT)).isEqualTo("0.00");
        assertThat(FigureFormat.signed(2.0, 0, Style.PRINT)).isEqualTo("+2");
        assertThat(FigureFormat.signed(-1.0, 0, Style.TERMINAL)).isEqualTo("-1");
        assertThat(FigureFormat.signed(0.0, 0, Style.TERMINAL)).isEqualTo("0");
    }

    @Test
    void percentagesAreWholeAndRoundHalfUp() {
        assertThat(FigureFormat.percent(0.125, Style.PRINT)).isEqualTo("13%");
        assertThat(FigureFormat.percent(0.124, Style.PRINT)).isEqualTo("12%");
        assertThat(FigureFormat.percent(2.0 / 3, Style.SCREEN)).isEqualTo("67%");
        assertThat(FigureFormat.percent(1, 8)).isEqualTo("13%");
        assertThat(FigureFormat.percent(2, 6)).isEqualTo("33%");
    }

    @Test
    void countsScoresAndNouns() {
        assertThat(FigureFormat.count(1234567)).isEqualTo("1,234,567");
        assertThat(FigureFormat.nps(100.0 / 6)).isEqualTo("+17");
        assertThat(FigureFormat.nps(-40)).isEqualTo("-40");
        assertThat(FigureFormat.nps(0)).isEqualTo("+0");
        assertThat(FigureFormat.plural(1, "record")).isEqualTo("record");
        assertThat(FigureFormat.plural(0, "record")).isEqualTo("records");
        assertThat(FigureFormat.whole(4, Style.TERMINAL)).isEqualTo("4");
    }

    @Test
    void shortTextsAreOneLineAndCutWithAnEllipsis() {
        assertThat(ShortText.of("Fair\n prices", 30)).isEqualTo("Fair prices");
        assertThat(ShortText.of("Lowest prices in town", 10)).isEqualTo("Lowest pr…");
    }
}
