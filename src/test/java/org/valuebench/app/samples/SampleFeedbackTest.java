package org.valuebench.app.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.Evidence;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.Voice;
import org.valuebench.app.TestWorkbenches;

class SampleFeedbackTest {

    @TempDir
    Path dir;

    @Test
    void isTheSameOnEveryRun() {
        CanvasContent canvas = SampleWorkspace.canvases().get(0);
        LocalDate today = LocalDate.of(2025, 3, 10);
        assertThat(SampleFeedback.records(canvas, today)).isEqualTo(SampleFeedback.records(canvas, today));
        assertThat(SampleFeedback.records(canvas, today)).hasSizeGreaterThan(60)
                .allSatisfy(f -> assertThat(f.date()).isBetween(today.minusMonths(12), today));
    }

    @Test
    void everySampleCanvasShowsADeficitAKeptPromiseAndThinEvidence() {
        try (Workbench workbench = TestWorkbenches.open(dir.resolve("samples.db"), true, FeedbackTestWorkspace.CLOCK)) {
            SampleWorkspace.canvases().forEach(workbench::seedCanvas);
            SampleFeedback.seed(workbench);
            GapUseCases gaps = new GapUseCases(workbench);
            FeedbackUseCases feedback = new FeedbackUseCases(workbench);
            for (CanvasSummary summary : workbench.library()) {
                CanvasContent content = workbench.canvas(summary.id());
                if (content.promises().size() < 3) {
                    continue;
                }
                GapReport report = gaps.report(summary.id());
                List<PromiseGap> promises = report.promises();
                assertThat(promises).anySatisfy(p -> assertThat(p.deficit()).isGreaterThan(3.0));
                assertThat(promises).anySatisfy(p -> {
                    assertThat(p.gap()).isLessThanOrEqualTo(0.3);
                    assertThat(p.evidence()).isEqualTo(Evidence.ENOUGH);
                });
                assertThat(promises).anySatisfy(p -> assertThat(p.evidence()).isEqualTo(Evidence.THIN));
                PromiseGap worst = promises.get(0);
                assertThat(worst.voice(Voice.EMPLOYEE).delivered()).isGreaterThan(worst.delivered());
                assertThat(worst.trend()).hasSizeGreaterThan(6);
                assertThat(report.facets().channels()).contains("survey", "review", "interview");
                assertThat(report.nps().respondents()).isPositive();
                assertThat(gaps.comments(summary.id(), worst.promiseId(), null, Voice.CUSTOMER, 0, 5)).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.comment()).isNotBlank());
                assertThat(feedback.records(summary.id(), 0, null, null, 0, 1000))
                        .extracting(Feedback::expectation).anySatisfy(e -> assertThat(e).isNotNull());
            }
            assertThat(workbench.undoState().canUndo()).isFalse();
        }
    }
}
