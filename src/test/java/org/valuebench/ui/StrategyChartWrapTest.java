package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrategyChartWrapTest {

    @Test
    void breaksANameOntoAtMostThreeLinesOfWholeWords() {
        assertThat(StrategyChart.wrap("Range under one roof", 10)).isEqualTo("Range\nunder one\nroof");
        assertThat(StrategyChart.wrap("Video call with a named adviser", 10)).isEqualTo("Video call\nwith a\nnamed…");
        assertThat(StrategyChart.wrap("Price", 10)).isEqualTo("Price");
    }

    @Test
    void cutsAWordLongerThanALineSoTheNameStillFitsUnderItsTick() {
        assertThat(StrategyChart.wrap("Resolved on the first contact", 6)).isEqualTo("Resol…\non the\nfirst…");
        assertThat(StrategyChart.wrap("Self-service coverage", 7)).isEqualTo("Self-s…\ncovera…");
    }
}
