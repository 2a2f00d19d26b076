package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnFlowTest {
    private static final PdfBlock.Line MARKER = new PdfBlock.Line("… continued", null, 6, Color.GRAY, 5, 0);
    private static final PdfBlock.Style NOTE = new PdfBlock.Style(Color.YELLOW, null, 2, false, 1);
    private static final PdfBlock.Style HEADING = new PdfBlock.Style(null, null, 0, true, 0);

    /** A block of {@code count} lines of 10 points, each line's text naming the block and the line. */
    private static PdfBlock block(String name, int count, PdfBlock.Style style) {
        List<PdfBlock.Line> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new PdfBlock.Line(name + i, null, 8, Color.BLACK, 10, 0));
        }
        return PdfBlock.of(lines, style);
    }

    /** {@code count} columns of {@code height} points (or endless when count is negative). */
    private static ColumnFlow.ColumnSource columns(int count, float height) {
        return new ColumnFlow.ColumnSource() {
            private int next;

            @Override
            public Optional<ColumnFlow.Column> next() {
                if (count >= 0 && next == count) {
                    return Optional.empty();
                }
                return Optional.of(new ColumnFlow.Column(next / 3, 100f * (next++ % 3), 500, 90, height));
            }
        };
    }

    private static List<String> texts(ColumnFlow.Result result) {
        return result.placed().stream().flatMap(p -> p.block().lines().stream()).map(PdfBlock.Line::text).toList();
    }

    @Test
    void theInputIsReadOnlyAsFarAsTheColumnsReachAndTheRestIsLeftOverInOrder() {
        // The canvas page lays a note out only when the flow asks for it: the notes that move on to the
        // continuation pages are laid out there, at their width, and must not have been laid out here too.
        List<Integer> read = new ArrayList<>();
        List<PdfBlock> blocks = new AbstractList<>() {
            @Override
            public PdfBlock get(int index) {
                read.add(index);
                return block("n" + index, 3, NOTE);
            }

            @Override
            public int size() {
                return 50;
            }
        };
        ColumnFlow.Result result = ColumnFlow.flow(blocks, columns(2, 70), MARKER, false);
        assertThat(result.placed()).extracting(ColumnFlow.Placed::index).containsExactly(0, 1, 2, 3);
        assertThat(read).doesNotContain(6, 7, 49);
        assertThat(result.leftover()).hasSize(46);
        assertThat(result.leftover().get(0).lines().get(0).text()).isEqualTo("n40");
    }

    @Test
    void aBlockThatDoesNotFitMovesWholeToTheNextColumnInOrder() {
        ColumnFlow.Result result = ColumnFlow.flow(List.of(block("a", 5, NOTE), block("b", 5, NOTE)), columns(-1, 80),
                MARKER, true);
        assertThat(result.placed()).extracting(p -> p.column().x()).containsExactly(0f, 100f);
        assertThat(result.leftover()).isEmpty();
    }

    @Test
    void aBlockTallerThanAColumnIsSplitWithoutLosingALine() {
        ColumnFlow.Result result = ColumnFlow.flow(List.of(block("a", 2, NOTE), block("long", 25, NOTE)),
                columns(-1, 100), MARKER, true);
        List<String> texts = texts(result).stream().filter(t -> !t.equals(MARKER.text())).toList();
        List<String> expected = new ArrayList<>(List.of("a0", "a1"));
        for (int i = 0; i < 25; i++) {
            expected.add("long" + i);
        }
        assertThat(texts).isEqualTo(expected);
        assertThat(texts(result)).contains(MARKER.text());
        assertThat(result.placed()).isNotEmpty().allSatisfy(p -> assertThat(p.block().height()).isLessThanOrEqualTo(100));
        assertThat(result.placed()).extracting(ColumnFlow.Placed::index).containsExactly(0, 1, 1, 1);
    }

    @Test
    void aHeadingIsNeverLeftAloneAtTheBottomOfAColumn() {
        ColumnFlow.Result result = ColumnFlow.flow(
                List.of(block("a", 6, NOTE), block("heading", 1, HEADING), block("b", 3, NOTE)),
                columns(-1, 100), MARKER, true);
        assertThat(result.placed().get(1).column().x()).isEqualTo(100f);
        assertThat(result.placed().get(2).column().x()).isEqualTo(100f);
    }

    @Test
    void aBlockThatCanNeverShareAColumnWithItsHeadingIsSplitRightUnderIt() {
        ColumnFlow.Result result = ColumnFlow.flow(List.of(block("heading", 1, HEADING), block("b", 9, NOTE)),
                columns(-1, 95), MARKER, true);
        assertThat(result.placed()).extracting(p -> p.column().x()).containsExactly(0f, 0f, 100f);
        assertThat(texts(result)).startsWith("heading0", "b0");
    }

    @Test
    void withoutSplittingWhatDoesNotFitIsLeftOverWholeAndInOrder() {
        PdfBlock small = block("s", 2, NOTE);
        PdfBlock tall = block("t", 20, NOTE);
        PdfBlock after = block("u", 1, NOTE);
        ColumnFlow.Result result = ColumnFlow.flow(List.of(small, tall, after), columns(2, 100), MARKER, false);
        assertThat(result.placed()).extracting(ColumnFlow.Placed::block).containsExactly(small);
        assertThat(result.leftover()).containsExactly(tall, after);
        assertThat(result.overflowed()).isTrue();
    }
}
