package org.valuebench.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasContentTest {
    private static final Canvas CANVAS = Canvas.draft("C", Instant.EPOCH).withId(1);

    private static Item item(long id, Section section, int position) {
        return Item.draft(1, section, "item " + id).withId(id).at(section, position);
    }

    @Test
    void itemsAreInSectionThenPositionOrderWhateverOrderTheyCameIn() {
        Item benefit = item(1, Section.BENEFITS, 0);
        Item secondWant = item(2, Section.WANTS, 1);
        Item firstWant = item(3, Section.WANTS, 0);
        Item fear = item(4, Section.FEARS, 0);

        CanvasContent content = new CanvasContent(CANVAS, List.of(benefit, secondWant, firstWant, fear), List.of());

        assertThat(content.items()).containsExactly(firstWant, secondWant, fear, benefit);
        assertThat(content.itemsIn(Section.WANTS)).containsExactly(firstWant, secondWant);
        assertThat(content.itemsIn(Section.NEEDS)).isEmpty();
    }

    @Test
    void linkedToFindsTheOtherEndFromEitherSide() {
        Item want = item(1, Section.WANTS, 0);
        Item need = item(2, Section.NEEDS, 0);
        Item feature = item(3, Section.FEATURES, 0).withPromise(true, 5);
        CanvasContent content = new CanvasContent(CANVAS, List.of(want, need, feature),
                List.of(new FitLink(3, 1), new FitLink(3, 2)));

        assertThat(content.linkedTo(3)).containsExactlyInAnyOrder(1L, 2L);
        assertThat(content.linkedTo(2)).containsExactly(3L);
        assertThat(content.promises()).containsExactly(feature);
        assertThat(content.item(2)).contains(need);
        assertThat(content.item(9)).isEmpty();
        assertThat(content.itemsById().keySet()).containsExactly(1L, 2L, 3L);
    }
}
