package org.valuebench.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Limits;
import org.valuebench.domain.Section;

/** Builds a canvas in memory, item by item, so the samples read like the canvases they are. */
final class SampleCanvasBuilder {
    private final Canvas canvas;
    private final List<Item> items = new ArrayList<>();
    private final List<FitLink> links = new ArrayList<>();
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

    CanvasContent build() {
        return new CanvasContent(canvas, items, links);
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
