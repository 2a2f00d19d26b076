package org.valuebench.io;

import static org.valuebench.io.CanvasJsonFormat.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.SectionGroup;
import org.valuebench.io.LocatedJson.JsonArray;
import org.valuebench.io.LocatedJson.JsonObject;

/** Reads the "fitLinks" of a canvas file: each from an offering item to a customer item, by their keys, none twice. */
final class FitLinksReader {
    private static final Set<String> LINK_FIELDS = Set.of(LINK_OFFERING, LINK_CUSTOMER);

    private final JsonChecks json;
    private final ItemKeys keys;

    FitLinksReader(JsonChecks json, ItemKeys keys) {
        this.json = json;
        this.keys = keys;
    }

    List<FitLink> read(LocatedJson value) {
        JsonArray array = json.array(value, "an array of fit links, each {\"offering\": KEY, \"customer\": KEY}");
        List<FitLink> links = new ArrayList<>();
        Map<FitLink, LocatedJson> seen = new HashMap<>();
        for (LocatedJson element : array.elements()) {
            JsonObject link = json.object(element, "a fit link: {\"offering\": KEY, \"customer\": KEY}");
            json.onlyFields(link, LINK_FIELDS, "a fit link");
            Item offering = keys.linked(json.required(link, LINK_OFFERING, "the key of the offering item"),
                    SectionGroup.OFFERING, "an offering item (feature, benefit or experience)");
            Item customer = keys.linked(json.required(link, LINK_CUSTOMER, "the key of the customer item"),
                    SectionGroup.CUSTOMER, "a customer item (want, need or fear)");
            FitLink fit = new FitLink(offering.id(), customer.id());
            LocatedJson earlier = seen.putIfAbsent(fit, link);
            if (earlier != null) {
                throw json.problem(link, "this fit link repeats the one at line " + earlier.line() + " ("
                        + earlier.path() + ")");
            }
            links.add(fit);
        }
        return links;
    }
}
