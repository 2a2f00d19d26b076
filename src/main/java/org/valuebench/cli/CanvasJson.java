package org.valuebench.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import org.valuebench.analysis.FitReport;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;

/**
 * One canvas as {@code show --format json} writes it: every section in canvas order (empty ones too, so a
 * script finds each key), the fit links, and the fit analysis by item id.
 */
record CanvasJson(long id, String name, String segment, String offering, String notes, String created,
                  String updated, List<SectionJson> sections, List<LinkJson> links, FitJson fit) {

    record SectionJson(String section, String title, String group, List<ItemJson> items) {
    }

    /** Importance only on customer items, promise and target only on offering items: where they mean something. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemJson(long id, int position, String text, String notes, String colour, String author,
                    Integer importance, Boolean promise, Integer promiseTarget) {

        static ItemJson of(Item item) {
            return new ItemJson(item.id(), item.position(), item.text(), item.notes(), item.colour().name(),
                    item.author(),
                    item.isCustomer() ? item.importance() : null,
                    item.isOffering() ? item.promise() : null,
                    item.isOffering() ? item.promiseTarget() : null);
        }
    }

    record LinkJson(long offeringItemId, long customerItemId) {
    }

    /** score is null when the canvas has no customer items to answer. */
    record FitJson(Double score, int answeredWeight, int totalWeight, List<Long> unanswered, List<Long> fluff) {
    }

    static CanvasJson of(CanvasContent content, FitReport fit) {
        Canvas c = content.canvas();
        List<SectionJson> sections = Arrays.stream(Section.values())
                .map(s -> new SectionJson(s.name(), s.title(), s.group().name(),
                        content.itemsIn(s).stream().map(ItemJson::of).toList()))
                .toList();
        List<LinkJson> links = content.links().stream()
                .map((FitLink l) -> new LinkJson(l.offeringItemId(), l.customerItemId()))
                .toList();
        FitJson fitJson = new FitJson(fit.fitScore(), fit.answeredWeight(), fit.totalWeight(),
                fit.unanswered().stream().map(Item::id).toList(), fit.fluff().stream().map(Item::id).toList());
        return new CanvasJson(c.id(), c.name(), c.segment(), c.offering(), c.notes(), c.created().toString(),
                c.updated().toString(), sections, links, fitJson);
    }
}
