package org.valuebench.cli;

import java.util.List;
import java.util.Locale;
import org.valuebench.app.history.Comparison;
import org.valuebench.domain.Factor;
import org.valuebench.domain.FactorLink;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Rating;
import org.valuebench.domain.history.CanvasDiff;
import org.valuebench.domain.history.FactorChange;
import org.valuebench.domain.history.ItemChange;
import org.valuebench.domain.history.ItemField;
import org.valuebench.domain.workshop.WorkshopRecord;
import org.valuebench.report.ChangeSummary;
import org.valuebench.report.FigureChange;
import org.valuebench.report.Style;

/**
 * A comparison as {@code diff --format json} writes it (schema: {@code schema/valuebench-diff.schema.json}). Ids are
 * each side's own: removed things carry the before's ids, added and changed ones the after's. Figures carry their
 * unrounded values (null where there is none) beside the texts.
 */
record DiffJson(String format, int version, SideJson before, SideJson after, boolean sameCanvas, String summary,
                List<FieldJson> canvas, ChangesJson<ItemJson, ItemChangeJson> items,
                ChangesJson<LinkJson, LinkJson> links, ChangesJson<FactorJson, FactorChangeJson> factors,
                ChangesJson<FactorLinkJson, FactorLinkJson> factorLinks,
                ChangesJson<RatingJson, RatingChangeJson> ratings, ChangesJson<WorkshopJson, WorkshopJson> workshops,
                List<FigureJson> figures) {
    static final String FORMAT = "valuebench-diff";
    static final int VERSION = 1;

    record SideJson(String label, long canvasId, String canvas) {
    }

    record FieldJson(String field, String before, String after) {
    }

    record ChangesJson<T, C>(List<T> added, List<T> removed, List<C> changed) {
    }

    record ItemJson(long id, String section, int position, String text, String notes, String colour, String author,
                    int importance, boolean promise, int target) {
        static ItemJson of(Item i) {
            return new ItemJson(i.id(), i.section().name().toLowerCase(Locale.ROOT), i.position(), i.text(), i.notes(),
                    i.colour().name().toLowerCase(Locale.ROOT), i.author(), i.importance(), i.promise(),
                    i.promiseTarget());
        }
    }

    /** @param fields what a user calls a change of the card (a move within its column is not one) */
    record ItemChangeJson(List<String> fields, ItemJson before, ItemJson after) {
    }

    record LinkJson(long offeringItemId, long customerItemId) {
    }

    record FactorJson(long id, String name, String action, String actionNote, long sourceItemId) {
        static FactorJson of(Factor f) {
            return new FactorJson(f.id(), f.name(), f.action().name().toLowerCase(Locale.ROOT), f.actionNote(),
                    f.sourceItemId());
        }
    }

    record FactorChangeJson(List<String> fields, FactorJson before, FactorJson after) {
    }

    record FactorLinkJson(long factorId, long customerItemId) {
    }

    /** @param score 1-5, or null when unknown */
    record RatingJson(long factorId, long offerId, Integer score, String note) {
        static RatingJson of(Rating r) {
            return new RatingJson(r.factorId(), r.offerId(), r.isKnown() ? r.score() : null, r.note());
        }
    }

    record RatingChangeJson(RatingJson before, RatingJson after) {
    }

    record WorkshopJson(long id, String title) {
        static WorkshopJson of(WorkshopRecord w) {
            return new WorkshopJson(w.workshop().id(), w.workshop().title());
        }
    }

    /** @param subject empty for the canvas's figures, else the promise's text or the factor's name */
    record FigureJson(String subject, String label, Double beforeValue, Double afterValue, String before, String after,
                      String change, boolean moved) {
    }

    static DiffJson of(Comparison c) {
        CanvasDiff d = c.diff();
        List<FieldJson> canvas = d.canvasFields().stream().map(f -> new FieldJson(f, field(c, f, true),
                field(c, f, false))).toList();
        var items = new ChangesJson<>(d.added().stream().map(ItemJson::of).toList(),
                d.removed().stream().map(ItemJson::of).toList(),
                d.changed().stream().map(DiffJson::change).toList());
        var links = new ChangesJson<>(d.linksAdded().stream().map(DiffJson::link).toList(),
                d.linksRemoved().stream().map(DiffJson::link).toList(), List.<LinkJson>of());
        var factors = new ChangesJson<>(d.factorsAdded().stream().map(FactorJson::of).toList(),
                d.factorsRemoved().stream().map(FactorJson::of).toList(),
                d.changedFactors().stream().map(DiffJson::change).toList());
        var factorLinks = new ChangesJson<>(d.factorLinksAdded().stream().map(DiffJson::factorLink).toList(),
                d.factorLinksRemoved().stream().map(DiffJson::factorLink).toList(), List.<FactorLinkJson>of());
        var ratings = new ChangesJson<>(d.ratingsAdded().stream().map(RatingJson::of).toList(),
                d.ratingsRemoved().stream().map(RatingJson::of).toList(),
                d.ratingsChanged().stream().map(r -> new RatingChangeJson(RatingJson.of(r.before()),
                        RatingJson.of(r.after()))).toList());
        var workshops = new ChangesJson<>(d.workshopsAdded().stream().map(WorkshopJson::of).toList(),
                d.workshopsRemoved().stream().map(WorkshopJson::of).toList(), List.<WorkshopJson>of());
        List<FigureJson> figures = c.figures(Style.TERMINAL).stream().map(DiffJson::figure).toList();
        return new DiffJson(FORMAT, VERSION, side(c.beforeLabel(), c.before().content().canvas()),
                side(c.afterLabel(), c.after().content().canvas()), d.sameCanvas(),
                ChangeSummary.between(c.before(), c.after(), Style.TERMINAL), canvas, items, links, factors,
                factorLinks, ratings, workshops, figures);
    }

    private static SideJson side(String label, org.valuebench.domain.Canvas canvas) {
        return new SideJson(label, canvas.id(), canvas.name());
    }

    private static String field(Comparison c, String field, boolean before) {
        org.valuebench.domain.Canvas canvas = (before ? c.before() : c.after()).content().canvas();
        return switch (field) {
            case "name" -> canvas.name();
            case "segment" -> canvas.segment();
            case "offering" -> canvas.offering();
            default -> canvas.notes();
        };
    }

    private static ItemChangeJson change(ItemChange change) {
        return new ItemChangeJson(change.shownFields().stream().map(ItemField::label).toList(),
                ItemJson.of(change.before()), ItemJson.of(change.after()));
    }

    private static FactorChangeJson change(FactorChange change) {
        return new FactorChangeJson(change.shownFields(), FactorJson.of(change.before()), FactorJson.of(change.after()));
    }

    private static LinkJson link(FitLink link) {
        return new LinkJson(link.offeringItemId(), link.customerItemId());
    }

    private static FactorLinkJson factorLink(FactorLink link) {
        return new FactorLinkJson(link.factorId(), link.customerItemId());
    }

    private static FigureJson figure(FigureChange f) {
        return new FigureJson(f.subject(), f.label(), f.before().value(), f.after().value(), f.before().text(),
                f.after().text(), f.change(), f.moved());
    }
}
