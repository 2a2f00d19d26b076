package org.valuebench.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

class CanvasDiffTest {
    private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    private static Item item(long id, long canvas, Section section, int position, String text) {
        return new Item(id, canvas, section, position, text, "", ColourTag.NONE, "", 3, false, 3);
    }

    private static CanvasContent canvas(long id, List<Item> items, List<FitLink> links) {
        return new CanvasContent(new Canvas(id, "Grocer", "", "", "", WHEN, WHEN), items, links);
    }

    @Test
    void aCardMovedWithinItsColumnIsNoChangeButAnEditedTargetIs() {
        Item need = item(1, 1, Section.NEEDS, 0, "Fresh bread");
        Item other = item(2, 1, Section.NEEDS, 1, "Short queue");
        Item promise = item(3, 1, Section.FEATURES, 0, "Bakery").withPromise(true, 4);
        CanvasContent before = canvas(1, List.of(need, other, promise), List.of(new FitLink(3, 1)));
        CanvasContent after = canvas(1, List.of(item(1, 1, Section.NEEDS, 1, "Fresh bread"),
                item(2, 1, Section.NEEDS, 0, "Short queue"), promise.withPromise(true, 5)), List.of(new FitLink(3, 1)));

        CanvasDiff diff = CanvasDiff.between(before, after);

        assertThat(diff.changed()).hasSize(1);
        assertThat(diff.changed().get(0).shownFields()).containsExactly(ItemField.TARGET);
        assertThat(diff.changed().get(0).targetChanged()).isTrue();
        assertThat(diff.pairs()).hasSize(3);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(CanvasDiff.between(before, canvas(1, List.of(item(1, 1, Section.NEEDS, 1, "Fresh bread"),
                item(2, 1, Section.NEEDS, 0, "Short queue"), promise), before.links())).isEmpty()).isTrue();
    }

    @Test
    void twoCanvasesMatchBySectionAndTextSoAnEditedTextIsRemovedAndAdded() {
        CanvasContent a = canvas(1, List.of(item(1, 1, Section.NEEDS, 0, "Fresh bread"),
                item(2, 1, Section.FEATURES, 0, "Bakery"), item(3, 1, Section.WANTS, 0, "Fresh bread")),
                List.of(new FitLink(2, 1)));
        CanvasContent b = canvas(7, List.of(item(70, 7, Section.NEEDS, 0, "Fresh bread").withColour(ColourTag.GREEN),
                item(71, 7, Section.FEATURES, 0, "Bakery counter"), item(72, 7, Section.WANTS, 0, "Fresh bread")),
                List.of(new FitLink(71, 70)));

        CanvasDiff diff = CanvasDiff.between(a, b);

        assertThat(diff.sameCanvas()).isFalse();
        assertThat(diff.removed()).extracting(Item::text).containsExactly("Bakery");
        assertThat(diff.added()).extracting(Item::text).containsExactly("Bakery counter");
        assertThat(diff.changed()).extracting(c -> c.after().id()).containsExactly(70L);
        assertThat(diff.changed().get(0).shownFields()).containsExactly(ItemField.COLOUR);
        assertThat(diff.linksRemoved()).containsExactly(new FitLink(2, 1));
        assertThat(diff.linksAdded()).containsExactly(new FitLink(71, 70));
        assertThat(diff.applyTo(a)).isEqualTo(b);
    }

    @Test
    void theCanvasNameAndNotesCountButItsTimestampsDoNot() {
        CanvasContent a = canvas(1, List.of(), List.of());
        CanvasContent b = new CanvasContent(a.canvas().withInfo("Grocer 2", "", "", "New notes")
                .withUpdated(WHEN.plusSeconds(60)), List.of(), List.of());
        assertThat(CanvasDiff.between(a, b).canvasFields()).containsExactly("name", "notes");
        assertThat(CanvasDiff.between(a, new CanvasContent(a.canvas().withUpdated(WHEN.plusSeconds(9)), List.of(),
                List.of())).isEmpty()).isTrue();
    }
}
