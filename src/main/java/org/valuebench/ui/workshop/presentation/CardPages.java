package org.valuebench.ui.workshop.presentation;

import java.util.ArrayList;
import java.util.List;

/**
 * The projector's body cut into pages of whole rows: nobody scrolls a projector, so a row of cards either shows
 * whole on a page or starts the next one. A section's header is never left alone at the foot of a page, and a row
 * taller than the whole body gets a page of its own (the view clamps its cards' text to fit). Pure arithmetic on
 * heights the view has measured.
 */
final class CardPages {
    private CardPages() {
    }

    /**
     * One row of the body.
     *
     * @param height its height as laid out
     * @param header a section's header, kept with the row after it
     * @param cards  how many cards it holds
     */
    record Row(double height, boolean header, int cards) {
    }

    /**
     * One page: rows {@code from} (inclusive) to {@code to} (exclusive), holding {@code cards} cards.
     */
    record Page(int from, int to, int cards) {
    }

    /** The rows in pages of at most {@code height}, {@code gap} between rows; one empty page for no rows. */
    static List<Page> split(List<Row> rows, double gap, double height) {
        List<Page> pages = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            int to = from;
            double used = 0;
            while (to < rows.size()) {
                double next = used + (to > from ? gap : 0) + rows.get(to).height();
                if (next > height && to > from) {
                    break;
                }
                used = next;
                to++;
            }
            // A header as the page's last row belongs with its cards on the next page.
            while (to - from > 1 && to < rows.size() && rows.get(to - 1).header()) {
                to--;
            }
            pages.add(new Page(from, to, cardsIn(rows, from, to)));
            from = to;
        }
        if (pages.isEmpty()) {
            pages.add(new Page(0, 0, 0));
        }
        return pages;
    }

    private static int cardsIn(List<Row> rows, int from, int to) {
        int cards = 0;
        for (int i = from; i < to; i++) {
            cards += rows.get(i).cards();
        }
        return cards;
    }

    /** "Cards 1–8 of 30 · page 1 of 4" ({@code page} counted from 0); empty when the cards take one page. */
    static String label(int firstCard, int lastCard, int total, int page, int pages) {
        if (pages <= 1) {
            return "";
        }
        return "Cards " + firstCard + "–" + lastCard + " of " + total + " · page " + (page + 1) + " of " + pages;
    }
}
