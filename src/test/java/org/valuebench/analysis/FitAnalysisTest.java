package org.valuebench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class FitAnalysisTest {
    private final List<Item> items = new ArrayList<>();
    private final List<FitLink> links = new ArrayList<>();

    private Item add(Section section, String text, int importance) {
        Item item = Item.draft(1, section, text).withId(items.size() + 1L)
                .at(section, (int) items.stream().filter(i -> i.section() == section).count())
                .withImportance(importance);
        items.add(item);
        return item;
    }

    private void link(Item offering, Item customer) {
        links.add(new FitLink(offering.id(), customer.id()));
    }

    private FitReport report() {
        return FitAnalysis.of(new CanvasContent(Canvas.draft("C", Instant.EPOCH).withId(1), items, links));
    }

    @Test
    void theScoreIsTheImportanceWeightedShareAnswered() {
        Item five = add(Section.NEEDS, "five", 5);
        Item four = add(Section.WANTS, "four", 4);
        Item three = add(Section.FEARS, "three", 3);
        Item one = add(Section.WANTS, "one", 1);
        Item feature = add(Section.FEATURES, "feature", 3);
        Item benefit = add(Section.BENEFITS, "benefit", 3);
        link(feature, five);
        link(benefit, three);

        FitReport report = report();

        assertThat(report.answeredWeight()).isEqualTo(8);
        assertThat(report.totalWeight()).isEqualTo(13);
        assertThat(report.fitScore()).isEqualTo(8.0 / 13);
        assertThat(report.unanswered()).containsExactly(four, one);
        assertThat(report.fluff()).isEmpty();
    }

    @Test
    void aCustomerItemAnsweredTwiceCountsOnce() {
        Item need = add(Section.NEEDS, "need", 2);
        Item fear = add(Section.FEARS, "fear", 2);
        Item feature = add(Section.FEATURES, "feature", 3);
        Item experience = add(Section.EXPERIENCE, "experience", 3);
        link(feature, need);
        link(experience, need);

        FitReport report = report();

        assertThat(report.fitScore()).isEqualTo(0.5);
        assertThat(report.answeredWeight()).isEqualTo(2);
        assertThat(report.unanswered()).containsExactly(fear);
        assertThat(report.isUnanswered(fear.id())).isTrue();
        assertThat(report.isUnanswered(need.id())).isFalse();
    }

    @Test
    void fluffIsEveryOfferingItemThatAnswersNothingAndAlternativesAreNeither() {
        Item need = add(Section.NEEDS, "need", 3);
        Item answering = add(Section.FEATURES, "answering", 3);
        Item idleFeature = add(Section.FEATURES, "idle feature", 3);
        Item idleBenefit = add(Section.BENEFITS, "idle benefit", 3);
        Item competitor = add(Section.COMPETITORS, "competitor", 3);
        link(answering, need);

        FitReport report = report();

        assertThat(report.fluff()).containsExactly(idleFeature, idleBenefit);
        assertThat(report.isFluff(idleBenefit.id())).isTrue();
        assertThat(report.isFluff(answering.id())).isFalse();
        assertThat(report.isFluff(competitor.id())).isFalse();
        assertThat(report.isUnanswered(competitor.id())).isFalse();
        assertThat(report.fitScore()).isEqualTo(1.0);
    }

    @Test
    void anEmptyProfileHasNoScore() {
        Item feature = add(Section.FEATURES, "feature", 3);
        add(Section.SUBSTITUTES, "substitute", 3);

        FitReport report = report();

        assertThat(report.fitScore()).isNull();
        assertThat(report.totalWeight()).isZero();
        assertThat(report.answeredWeight()).isZero();
        assertThat(report.unanswered()).isEmpty();
        assertThat(report.fluff()).containsExactly(feature);
    }

    @Test
    void aProfileThatNothingAnswersScoresZero() {
        add(Section.WANTS, "want", 4);

        assertThat(report().fitScore()).isEqualTo(0.0);
        assertThat(report().totalWeight()).isEqualTo(4);
    }
}
