package org.valuebench.app;

import java.time.Clock;
import java.util.List;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Section;

/** The sample canvases a new default workspace starts with, drawn from the texts ValueBench grew from. */
public final class SampleWorkspace {

    private SampleWorkspace() {
    }

    static void seed(Workbench workbench, Clock clock) {
        canvases().forEach(workbench::seedCanvas);
    }

    public static List<CanvasContent> canvases() {
        return List.of(discountRetailer());
    }

    static CanvasContent discountRetailer() {
        SampleCanvasBuilder b = new SampleCanvasBuilder("Everyday low prices",
                "Budget-minded households doing the weekly shop", "Discount superstore chain",
                "A retailer wins on price and stock, not on ambiance: it keeps its word on what it promised.");
        long cheap = b.need("Pay the lowest price for the weekly basket", 5);
        long inStock = b.need("Find everything on the list in one trip", 5);
        long near = b.need("A store within a short drive", 4);
        long smart = b.want("Feel like a smart shopper", 3);
        long wasted = b.fear("Driving over and the item is out of stock", 4);
        long overpay = b.fear("Paying more than at the store down the road", 4);
        long prices = b.promise(Section.FEATURES, "Everyday low prices on a broad range of goods", 5,
                "The headline promise: checked against price audits each month.");
        long stock = b.promise(Section.FEATURES, "Always in stock", 4, "Shelf availability target.");
        long stores = b.feature("Stores in convenient locations");
        long match = b.benefit("Price match on local competitors");
        b.benefit("One trip for groceries and household goods");
        b.promise(Section.EXPERIENCE, "Quick checkout, even at peak hours", 3, "");
        b.experience("Plain warehouse aisles");
        b.competitor("Regional supermarket chain");
        b.competitor("Online marketplace with next-day delivery");
        b.substitute("Buying in bulk at a warehouse club");
        b.answers(prices, cheap, smart, overpay).answers(stock, inStock, wasted).answers(stores, near)
                .answers(match, overpay, cheap);
        return b.build();
    }
}
