package org.valuebench.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Places blocks one after another down a column and on into the next column, like text in a newspaper.
 * Headings stay with what follows them; a block that does not fit moves to the next column, and one taller
 * than a whole column is split between lines. Layout only: nothing is drawn here, so a caller can try a
 * layout, look at what was left over, and lay out again.
 */
final class ColumnFlow {
    /** Lines shorter than this are not worth starting a split note with at the bottom of a column. */
    private static final int MIN_SPLIT_LINES = 2;

    /** A column on page {@code page} (0-based within the flow's pages), top-left at (x, top). */
    record Column(int page, float x, float top, float width, float height) {
    }

    /** Hands out columns in reading order; empty when there is no more room. */
    interface ColumnSource {
        Optional<Column> next();
    }

    /** A block (or a piece of one) at its place; {@code index} is the block's index in the flow's input. */
    record Placed(PdfBlock block, Column column, float top, int index) {
    }

    private record Entry(PdfBlock block, int index) {
    }

    /** What was placed where, and the blocks that found no room (the first may be the rest of a split one). */
    record Result(List<Placed> placed, List<PdfBlock> leftover) {
        boolean overflowed() {
            return !leftover.isEmpty();
        }
    }

    private ColumnFlow() {
    }

    /**
     * @param continuedMarker first line of the rest of a split block
     * @param split           whether a block taller than a column may be split; without splitting such a block
     *                        and everything after it is left over (the canvas page keeps notes whole and
     *                        moves them on to the continuation pages, where a note stays in one piece of text)
     */
    static Result flow(List<PdfBlock> blocks, ColumnSource columns, PdfBlock.Line continuedMarker, boolean split) {
        Pending queue = new Pending(blocks);
        List<Placed> placed = new ArrayList<>();
        Optional<Column> current = queue.isEmpty() ? Optional.empty() : columns.next();
        float used = 0;
        boolean empty = true;
        boolean afterHeading = false;
        while (!queue.isEmpty() && current.isPresent()) {
            Column column = current.get();
            Entry entry = queue.peek();
            PdfBlock block = entry.block();
            float remaining = column.height() - used;
            if (fits(block, queue, remaining, column.height()) || (empty && block.height() <= remaining)) {
                placed.add(new Placed(block, column, column.top() - used, entry.index()));
                used += block.height() + block.style().gapAfter();
                empty = false;
                afterHeading = block.style().keepWithNext();
                queue.poll();
                continue;
            }
            // Right under its heading a block splits rather than leave the heading alone.
            if (split && (empty || afterHeading || block.height() > column.height())) {
                int fitting = block.linesFitting(remaining);
                // Leave at least two lines for the rest, unless the column is so short that any split will do.
                int count = Math.min(fitting, block.lines().size() - MIN_SPLIT_LINES);
                if (empty && !block.canSplitAfter(count)) {
                    count = fitting;
                }
                boolean worthIt = empty || afterHeading || count - block.headerLines() >= MIN_SPLIT_LINES;
                if (block.canSplitAfter(count) && worthIt) {
                    queue.poll();
                    placed.add(new Placed(block.head(count), column, column.top() - used, entry.index()));
                    queue.push(new Entry(block.tail(count, continuedMarker), entry.index()));
                } else if (empty) {
                    // Cannot happen with real columns (a header and one line always fit); never loop forever.
                    queue.poll();
                    placed.add(new Placed(block, column, column.top() - used, entry.index()));
                }
            }
            current = columns.next();
            used = 0;
            empty = true;
            afterHeading = false;
        }
        return new Result(placed, queue.rest());
    }

    /**
     * A heading fits only together with what follows it: all of the next block when the two fit a column
     * together (else both move on), or the next block's first lines when they never can (it is split then).
     */
    private static boolean fits(PdfBlock block, Pending queue, float remaining, float columnHeight) {
        float need = block.height();
        if (block.style().keepWithNext() && queue.size() > 1) {
            PdfBlock next = queue.second();
            float pair = need + block.style().gapAfter() + next.height();
            need = pair <= columnHeight ? pair : need + block.style().gapAfter()
                    + next.heightOf(Math.min(next.lines().size(), next.headerLines() + MIN_SPLIT_LINES));
        }
        return need <= remaining;
    }

    /**
     * The blocks still to place: the rests of split blocks first, then the input from {@code next} on. The input
     * is read only as far as the flow gets, so a lazily laid-out list (the canvas page's notes) lays out only the
     * blocks that are tried, and what is left over stays a view of it.
     */
    private static final class Pending {
        private final List<PdfBlock> blocks;
        private final Deque<Entry> rests = new ArrayDeque<>();
        private int next;

        Pending(List<PdfBlock> blocks) {
            this.blocks = blocks;
        }

        boolean isEmpty() {
            return rests.isEmpty() && next == blocks.size();
        }

        int size() {
            return rests.size() + blocks.size() - next;
        }

        Entry peek() {
            return rests.isEmpty() ? new Entry(blocks.get(next), next) : rests.peek();
        }

        void poll() {
            if (rests.isEmpty()) {
                next++;
            } else {
                rests.poll();
            }
        }

        void push(Entry rest) {
            rests.push(rest);
        }

        /** The block after the first; there must be one. */
        PdfBlock second() {
            if (rests.size() >= 2) {
                return rests.stream().skip(1).findFirst().orElseThrow().block();
            }
            return blocks.get(rests.isEmpty() ? next + 1 : next);
        }

        List<PdfBlock> rest() {
            List<PdfBlock> unread = Collections.unmodifiableList(blocks.subList(next, blocks.size()));
            if (rests.isEmpty()) {
                return unread;
            }
            List<PdfBlock> all = new ArrayList<>();
            rests.forEach(e -> all.add(e.block()));
            all.addAll(unread);
            return Collections.unmodifiableList(all);
        }
    }
}
