package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.analysis.FitReport;

/** The fit score explains itself: the formula with its inputs, and what the unanswered and fluff counts mean. */
class FitFiguresTest {
    private static org.valuebench.domain.Item fluff(int n) {
        return org.valuebench.domain.Item.draft(1, org.valuebench.domain.Section.FEATURES, "Fluff " + n);
    }

    @Test
    void theExplanationGivesTheFormulaTheInputsAndWhatFluffDoesNotChange() {
        FitReport fit = new FitReport(List.of(), List.of(fluff(1), fluff(2)), 1.0, 9, 9);
        assertThat(FitFigures.explanation(fit)).isEqualTo(
                "Fit = answered importance / total importance = 9 / 9 = 100%\n"
                        + "Importance-weighted share of the wants, needs and fears that some offering item answers.\n"
                        + "0 unanswered: customer items nobody answers; their importance is missing from the score.\n"
                        + "2 fluff: offering items that answer nothing; they do not lower the score.");
        assertThat(FitFigures.explanation(new FitReport(List.of(), List.of(), null, 0, 0)))
                .isEqualTo("The canvas has no wants, needs or fears to answer.");
    }
}
