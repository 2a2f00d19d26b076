package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.report.ColourVision.Deficiency;

class SeriesPaletteTest {
    /**
     * The least CIEDE2000 difference between two series' colours, for every reader. A just noticeable difference
     * is about 1 for large patches side by side; chart marks are thin lines and points about ten pixels wide,
     * seen apart, and Szafir (2017, "Modeling Color Difference for Visualization Design") measured that such
     * small marks need several times that, about 5 to 10. The upper end keeps a margin for a projector's washed
     * out colours.
     */
    static final double LEAST_DIFFERENCE = 10;
    /** WCAG 2's least contrast for graphical objects (success criterion 1.4.11, non-text contrast). */
    static final double LEAST_CONTRAST = 3;

    @Test
    void everyPairOfColoursStaysApartForEveryKindOfColourVisionInBothThemes() {
        List<String> tooClose = new ArrayList<>();
        for (List<String> colours : List.of(SeriesPalette.lightColours(), SeriesPalette.darkColours())) {
            for (int i = 0; i < colours.size(); i++) {
                for (int j = i + 1; j < colours.size(); j++) {
                    for (Deficiency deficiency : Deficiency.values()) {
                        double difference = ColourVision.difference(colours.get(i), colours.get(j), deficiency);
                        if (difference < LEAST_DIFFERENCE) {
                            tooClose.add(colours.get(i) + " and " + colours.get(j) + " under " + deficiency + ": "
                                    + String.format("%.1f", difference));
                        }
                    }
                }
            }
        }
        assertThat(tooClose).isEmpty();
    }

    @Test
    void everyColourStandsOutFromItsThemesChartBackground() {
        List<String> faint = new ArrayList<>();
        for (String colour : SeriesPalette.lightColours()) {
            if (ColourVision.contrast(colour, SeriesPalette.LIGHT_BACKGROUND) < LEAST_CONTRAST) {
                faint.add(colour + " on light");
            }
        }
        for (String colour : SeriesPalette.darkColours()) {
            if (ColourVision.contrast(colour, SeriesPalette.DARK_BACKGROUND) < LEAST_CONTRAST) {
                faint.add(colour + " on dark");
            }
        }
        assertThat(faint).isEmpty();
    }

    @Test
    void theArithmeticMatchesPublishedValues() {
        // WCAG: black on white is 21:1. Sharma, Wu and Dalal's test data: pairs 1 and 17 differ by 2.0425, 27.1492.
        assertThat(ColourVision.contrast("#000000", "#ffffff")).isCloseTo(21, offset(1e-9));
        assertThat(ColourVision.ciede2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485}))
                .isCloseTo(2.0425, offset(1e-4));
        assertThat(ColourVision.ciede2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18}))
                .isCloseTo(27.1492, offset(1e-4));
        assertThat(ColourVision.difference("#0072b2", "#0072b2", Deficiency.TRITANOPIA)).isZero();
        // Red and green, the classic confusion, collapse for a deuteranope but not for a tritanope.
        assertThat(ColourVision.difference("#d62728", "#2ca02c", Deficiency.NONE)).isGreaterThan(40);
        assertThat(ColourVision.difference("#d62728", "#2ca02c", Deficiency.DEUTERANOPIA))
                .isLessThan(ColourVision.difference("#d62728", "#2ca02c", Deficiency.TRITANOPIA));
    }

    @Test
    void anyTwoSlotsDifferInAtLeastTwoOfColourMarkerAndDash() {
        for (int i = 0; i < SeriesPalette.SLOTS; i++) {
            for (int j = i + 1; j < SeriesPalette.SLOTS; j++) {
                int same = (SeriesPalette.light(i).equals(SeriesPalette.light(j)) ? 1 : 0)
                        + (SeriesPalette.marker(i) == SeriesPalette.marker(j) ? 1 : 0)
                        + (SeriesPalette.dash(i).equals(SeriesPalette.dash(j)) ? 1 : 0);
                assertThat(same).as("slots %d and %d", i, j).isLessThanOrEqualTo(1);
            }
        }
        assertThat(SeriesPalette.marker(SeriesPalette.SLOTS)).as("repeats after the slots")
                .isEqualTo(SeriesPalette.marker(0));
    }
}
