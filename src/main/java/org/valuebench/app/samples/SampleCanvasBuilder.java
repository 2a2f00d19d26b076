package org.valuebench.app.samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Rating;
import org.valuebench.domain.Section;
import org.valuebench.domain.Strategy;

/** Builds a canvas in memory, item by item, so the samples read like the canvases they are. */
final class SampleCanvasBuilder {
    private final Canvas canvas;
    private final List<Item> items = new ArrayList<>();
    private final List<FitLink> links = new ArrayList<>();
    private final List<Factor> factors = new ArrayList<>();
    private final List<FactorLink> factorLinks = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private long nextId = 1;

    SampleCanvasBuilder(String name, String segment, String offering, String notes) {
        Instant epoch = Instant.EPOCH;
        this.canvas = new Canvas(0, name, segment, offering, notes, epoch, epoch);
    }

    long want(String text, int importance) {
        return customer(Section.WANTS, text, importance);
    }

    long need(String text, int importance) {
        return customer(Section.NEEDS, text, importance);
    }

    long fear(String text, int importance) {
        return customer(Section.FEARS, text, importance);
    }

    long feature(String text) {
        return add(Section.FEATURES, text, Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    long benefit(String text) {
        return add(Section.BENEFITS, text, Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    long experience(String text) {
        return add(Section.EXPERIENCE, text, Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    /** An offering item the team promises at {@code target} (1-5). */
    long promise(Section section, String text, int target, String notes) {
        return add(section, text, Limits.DEFAULT_IMPORTANCE, true, target, notes);
    }

    long competitor(String text) {
        return add(Section.COMPETITORS, text, Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    long substitute(String text) {
        return add(Section.SUBSTITUTES, text, Limits.DEFAULT_IMPORTANCE, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    /** The offering item answers each of the customer items. */
    SampleCanvasBuilder answers(long offeringItem, long... customerItems) {
        for (long customer : customerItems) {
            links.add(new FitLink(offeringItem, customer));
        }
        return this;
    }

    /** A competing factor, made from a canvas item ({@code sourceItem}) or free (0). */
    long factor(String name, long sourceItem) {
        long id = factors.size() + 1L;
        factors.add(new Factor(id, 0, factors.size(), name, sourceItem, FourAction.NONE, ""));
        return id;
    }

    /**
     * Rates every offer on the factor in the grid's order: ours, then the competitors, then the substitutes
     * as added; 0 leaves a cell unknown.
     */
    SampleCanvasBuilder rates(long factor, int... scores) {
        List<Long> offers = new ArrayList<>();
        offers.add(Offer.OURS);
        items.stream().filter(i -> i.section() == Section.COMPETITORS).forEach(i -> offers.add(i.id()));
        items.stream().filter(i -> i.section() == Section.SUBSTITUTES).forEach(i -> offers.add(i.id()));
        if (scores.length != offers.size()) {
            throw new IllegalArgumentException(scores.length + " scores for " + offers.size() + " offers");
        }
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] != Rating.UNKNOWN) {
                ratings.add(new Rating(factor, offers.get(i), scores[i], ""));
            }
        }
        return this;
    }

    /** The evidence behind one rating, which must be set already. */
    SampleCanvasBuilder evidence(long factor, long offer, String note) {
        int at = ratings.indexOf(ratings.stream().filter(r -> r.factorId() == factor && r.offerId() == offer)
                .findFirst().orElseThrow());
        Rating rating = ratings.get(at);
        ratings.set(at, new Rating(factor, offer, rating.score(), note));
        return this;
    }

    SampleCanvasBuilder action(long factor, FourAction action, String note) {
        int at = (int) factor - 1;
        factors.set(at, factors.get(at).withAction(action, note));
        return this;
    }

    /** The factor matters to the customer through these customer items. */
    SampleCanvasBuilder mattersTo(long factor, long... customerItems) {
        for (long customer : customerItems) {
            factorLinks.add(new FactorLink(factor, customer));
        }
        return this;
    }

    CanvasContent build() {
        return new CanvasContent(canvas, items, links, new Strategy(factors, factorLinks, ratings));
    }

    private long customer(Section section, String text, int importance) {
        return add(section, text, importance, false, Limits.DEFAULT_PROMISE_TARGET, "");
    }

    private long add(Section section, String text, int importance, boolean promise, int target, String notes) {
        long id = nextId++;
        int position = (int) items.stream().filter(i -> i.section() == section).count();
        items.add(new Item(id, 0, section, position, text, notes, ColourTag.NONE, "", importance, promise, target));
        return id;
    }
}
