package org.valuebench.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.valuebench.analysis.FitAnalysis;
import org.valuebench.analysis.FitReport;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.report.FitFigures;

/** "Fit 100 %" beside "2 fluff" explains itself: the score's tooltip holds the formula and its inputs. */
class BoardHeaderTest extends FxRobot {
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFitScoreAndItsCountsHaveTheFormulaAndInputsInATooltip() {
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        FitReport fit = FitAnalysis.of(sample);
        Label[] labels = new Label[2];
        interact(() -> {
            BoardHeader header = new BoardHeader();
            header.show(sample, fit);
            labels[0] = (Label) header.node().lookup("#fitScore");
            labels[1] = (Label) header.node().lookup("#fitDetail");
        });
        String expected = FitFigures.explanation(fit);
        assertThat(expected).contains(FitFigures.SCORE, FitFigures.points(fit).replace(" of ", " / "));
        for (Label label : labels) {
            assertThat(label.getTooltip()).as(label.getId()).isNotNull();
            assertThat(label.getTooltip().getText()).isEqualTo(expected);
        }
    }
}
