package org.valuebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.history.CanvasSnapshot;

class ChangeSummaryTest {

    @Test
    void theLineNamesAddedCardsPerSectionTargetsFitAndDeficit() {
        assertThat(ChangeSummary.between(ChangeFiguresTest.before(), ChangeFiguresTest.after()))
                .isEqualTo("+3 needs, 1 promise target 4→5, fit 57%→54%, deficit −1.2");
    }

    @Test
    void nothingMovedReadsNoChanges() {
        assertThat(ChangeSummary.between(ChangeFiguresTest.before(), ChangeFiguresTest.before()))
                .isEqualTo("no changes");
    }

    @Test
    void removedCardsAndEditedOnesAreCountedAndEmptyPartsLeftOut() {
        CanvasSnapshot before = ChangeFiguresTest.before();
        CanvasContent b = before.content();
        List<Item> items = new ArrayList<>(b.items().stream().filter(i -> i.id() != 4)
                .map(i -> i.id() == 2 ? i.withText("A short queue") : i).toList());
        items.add(ChangeFiguresTest.item(8, Section.FEARS, 0, "Stale bread", 3));
        CanvasSnapshot after = new CanvasSnapshot(new CanvasContent(b.canvas(), items, b.links(), b.strategy()),
                List.of(), before.gaps());
        assertThat(ChangeSummary.between(before, after))
                .isEqualTo("+1 fear, −1 competitor, 1 card edited, fit 57%→40%");
    }
}
