package org.valuebench.app.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.analysis.DifferentiationReport;
import org.valuebench.analysis.FactorStanding;
import org.valuebench.analysis.Standing;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Strategy;
import org.valuebench.app.TestWorkbenches;

class SampleStrategyTest {

    @TempDir
    Path dir;

    @Test
    void everySampleCanvasComparesItsOfferingWithEveryAlternativeAndHasSomethingToArgueOver() {
        try (Workbench workbench = TestWorkbenches.open(dir.resolve("samples.db"), true, FeedbackTestWorkspace.CLOCK)) {
            SampleWorkspace.seed(workbench);
            StrategyUseCases strategy = new StrategyUseCases(workbench, new GapUseCases(workbench));
            assertThat(workbench.library()).hasSize(4);
            for (CanvasSummary summary : workbench.library()) {
                CanvasContent content = workbench.canvas(summary.id());
                Strategy s = content.strategy();
                assertThat(s.factors()).as(summary.name()).hasSizeBetween(5, 9);
                for (Offer offer : content.offers()) {
                    assertThat(s.ratings()).as(summary.name() + " rates " + offer.name())
                            .anySatisfy(r -> assertThat(r.offerId()).isEqualTo(offer.id()));
                }
                assertThat(s.factors()).as(summary.name()).anySatisfy(f -> assertThat(f.hasSource()).isTrue())
                        .anySatisfy(f -> assertThat(f.action()).isEqualTo(FourAction.RAISE));
                assertThat(s.ratings()).as(summary.name()).anySatisfy(r -> assertThat(r.note()).isNotBlank());

                DifferentiationReport report = strategy.differentiation(content);
                assertThat(report.factors()).extracting(FactorStanding::standing).as(summary.name())
                        .contains(Standing.TRAIL).containsAnyOf(Standing.LEAD, Standing.ME_TOO);
                assertThat(report.factors()).as(summary.name())
                        .anySatisfy(f -> assertThat(f.delivered()).isNotNull());
            }
        }
    }

    @Test
    void theDiscounterIsMeTooOnPriceAndLeadsOnStockOnlyOnPaper() {
        try (Workbench workbench = TestWorkbenches.open(dir.resolve("samples.db"), true, FeedbackTestWorkspace.CLOCK)) {
            SampleWorkspace.seed(workbench);
            StrategyUseCases strategy = new StrategyUseCases(workbench, new GapUseCases(workbench));
            CanvasContent discounter = workbench.resolve("Everyday low prices");

            DifferentiationReport report = strategy.differentiation(discounter);

            FactorStanding price = report.factors().stream().filter(f -> f.factor().name().equals("Price level"))
                    .findFirst().orElseThrow();
            assertThat(price.standing()).isEqualTo(Standing.ME_TOO);
            assertThat(price.weight()).isEqualTo(5);
            assertThat(price.leaders()).extracting(Offer::name).containsExactly("Hard discounter with a narrow range");
            assertThat(report.factors().get(0).standing()).isEqualTo(Standing.ME_TOO);
            // Rated ahead of everyone on stock, delivered behind the online marketplace: the promise not kept.
            FactorStanding stock = report.factors().stream().filter(f -> f.factor().name().equals("Always in stock"))
                    .findFirst().orElseThrow();
            assertThat(stock.standing()).isEqualTo(Standing.LEAD);
            assertThat(stock.deliveredStanding()).isEqualTo(Standing.TRAIL);
            assertThat(stock.promiseNotKept()).isTrue();
        }
    }
}
