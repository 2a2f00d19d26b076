package org.valuebench.app.samples;

import java.util.List;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Offer;
import org.valuebench.domain.Section;

/** The sample canvases a new default workspace starts with, drawn from the texts ValueBench grew from. */
public final class SampleWorkspace {

    private SampleWorkspace() {
    }

    public static void seed(Workbench workbench) {
        canvases().forEach(workbench::seedCanvas);
        SampleFeedback.seed(workbench);
        SampleWorkshop.seed(workbench);
    }

    public static List<CanvasContent> canvases() {
        return List.of(discountRetailer(), neighbourhoodCafe(), callCentreService(), carDealership());
    }

    /** The seeds' discount retailer: it is loved for keeping a price-and-stock promise, not for ambiance. */
    static CanvasContent discountRetailer() {
        SampleCanvasBuilder b = new SampleCanvasBuilder("Everyday low prices",
                "Budget-minded households doing the weekly shop", "Discount superstore chain",
                "We win on price and stock, not on ambiance. Customers forgive the plain aisles as long as we"
                        + " keep our word on what we promised: low prices, everything in stock, close to home.");
        long cheap = b.need("Pay the lowest price for the weekly basket", 5);
        long inStock = b.need("Find everything on the list in one trip", 5);
        long near = b.need("A store within a short drive", 4);
        long quick = b.need("Get in and out quickly", 3);
        long smart = b.want("Feel like a smart shopper", 3);
        long treat = b.want("An occasional bargain treat for the family", 2);
        long pleasant = b.want("A pleasant place to shop", 1);
        long wasted = b.fear("Driving over and the item is out of stock", 4);
        long overpay = b.fear("Paying more than at the store down the road", 4);
        long queue = b.fear("Long queues at the tills on Saturday", 3);
        long prices = b.promise(Section.FEATURES, "Everyday low prices on a broad range of goods", 5,
                "The headline promise, checked against monthly price audits of three local competitors.");
        long stock = b.promise(Section.FEATURES, "Always in stock", 4, "Shelf availability of the top 2,000 lines.");
        long stores = b.feature("Stores in convenient locations, open 7 to 23");
        long range = b.feature("Groceries, household goods and clothing under one roof");
        long match = b.benefit("Price match on local competitors' flyers");
        long oneTrip = b.benefit("One trip covers the whole weekly list");
        long deals = b.benefit("Weekly rollback deals");
        long checkout = b.promise(Section.EXPERIENCE, "Quick checkout, even at peak hours", 3,
                "Self-service tills plus staffed lanes; target: under 5 minutes waiting.");
        b.experience("Plain warehouse aisles, easy to find things");
        b.experience("Loyalty app with a digital receipt");
        long regional = b.competitor("Regional supermarket chain (nicer stores, higher prices)");
        b.competitor("Online marketplace with next-day delivery");
        long hard = b.competitor("Hard discounter with a narrow range");
        b.substitute("Buying in bulk at a warehouse club");
        b.substitute("Farmers' market and corner shop top-ups");
        b.answers(prices, cheap, smart, overpay).answers(stock, inStock, wasted).answers(stores, near)
                .answers(range, inStock).answers(match, overpay, cheap).answers(oneTrip, inStock, quick)
                .answers(deals, treat, smart).answers(checkout, quick, queue);
        // Offers: ours, regional chain, online marketplace, hard discounter, warehouse club, market and corner shop.
        long priceLevel = b.factor("Price level", prices);
        b.rates(priceLevel, 5, 2, 4, 5, 4, 2)
                .evidence(priceLevel, hard, "October price audit: 1% below us on the top 100 lines")
                .evidence(priceLevel, regional, "October price audit: 14% above us on the top 100 lines");
        long rangeBreadth = b.factor("Range under one roof", range);
        b.rates(rangeBreadth, 4, 4, 5, 2, 3, 1)
                .action(rangeBreadth, FourAction.REDUCE, "Cut slow-moving clothing lines; the grocery range stays");
        long availability = b.factor("Always in stock", stock);
        b.rates(availability, 5, 3, 4, 3, 3, 2)
                .action(availability, FourAction.RAISE, "Shelf gaps are what customers complain about most");
        long nearby = b.factor("Close to home", stores);
        b.rates(nearby, 4, 4, 5, 3, 2, 3);
        long tills = b.factor("Speed at the tills", checkout);
        b.rates(tills, 3, 3, 0, 4, 2, 4)
                .action(tills, FourAction.RAISE, "More self-service tills on Saturdays");
        long ambiance = b.factor("Store ambiance", 0);
        b.mattersTo(ambiance, pleasant).rates(ambiance, 1, 4, 0, 1, 1, 4)
                .action(ambiance, FourAction.ELIMINATE, "No spend on décor: customers forgive plain aisles");
        long collect = b.factor("Click and collect", 0);
        b.mattersTo(collect, quick, wasted).rates(collect, 1, 3, 5, 1, 1, 0)
                .action(collect, FourAction.CREATE, "Order in the app, picked and waiting at the door within two hours");
        return b.build();
    }

    /** The seeds' café: the product is a given, being responsive and engaged at the counter is the value. */
    static CanvasContent neighbourhoodCafe() {
        SampleCanvasBuilder b = new SampleCanvasBuilder("Corner café",
                "Regulars on their way to work, and remote workers", "Neighbourhood espresso bar",
                "People love to be told what to order: seasonal specials, barista's choice, muffin of the month."
                        + " The specifics of the product are fluff next to being responsive at the counter.");
        long coffee = b.need("Good coffee, the same every morning", 5);
        long fast = b.need("Served within five minutes on the way to work", 5);
        long seat = b.need("A seat with a socket for an hour of work", 3);
        long known = b.want("Be recognised, a name and a usual order", 4);
        long discover = b.want("Try something new without risking a bad cup", 3);
        long treat = b.want("A small treat that lifts the day", 3);
        long late = b.fear("Being late because of the queue", 5);
        long wrong = b.fear("A wrong or forgotten order", 4);
        long crowded = b.fear("No table free at lunchtime", 2);
        long beans = b.promise(Section.FEATURES, "Single-origin beans, roasted this week", 4, "");
        long preorder = b.promise(Section.FEATURES, "Order ahead in the app, skip the queue", 5,
                "Pick-up shelf by the door; the order is ready when the app says so.");
        long month = b.feature("Muffin of the month and barista's choice");
        b.feature("Oat, soy and almond milk at no extra charge");
        long wifi = b.feature("Quiet corner with sockets and wifi");
        long ready = b.benefit("Your usual, ready before you reach the counter");
        long safe = b.benefit("Try the special: swap it free if you don't like it");
        long welcome = b.promise(Section.EXPERIENCE, "Greeted by name by a barista who remembers your order", 4,
                "Staff rota keeps the same faces on the morning shift.");
        b.experience("Warm, unhurried room after 10 am");
        long chain = b.competitor("Coffee chain at the station");
        b.competitor("Bakery counter two doors down");
        long office = b.substitute("Office bean-to-cup machine");
        b.substitute("Coffee made at home, in a travel mug");
        b.answers(beans, coffee).answers(preorder, fast, late).answers(month, discover, treat)
                .answers(wifi, seat).answers(ready, fast, late, wrong).answers(safe, discover)
                .answers(welcome, known, wrong);
        // Offers: ours, coffee chain, bakery counter, office machine, coffee at home.
        long quality = b.factor("Coffee quality", beans);
        b.rates(quality, 5, 3, 2, 2, 3)
                .evidence(quality, chain, "Blind tasting with twelve regulars, March: ours preferred 9 to 3");
        long speed = b.factor("Speed in the morning rush", preorder);
        b.rates(speed, 4, 3, 4, 5, 5).evidence(speed, office, "No queue at all, but a queue for the milk");
        long personal = b.factor("Personal welcome", welcome);
        b.rates(personal, 5, 2, 3, 1, 0);
        long priceCup = b.factor("Price per cup", 0);
        b.mattersTo(priceCup, treat).rates(priceCup, 2, 3, 4, 5, 5);
        long workspace = b.factor("Seat to work from", wifi);
        b.rates(workspace, 3, 4, 1, 4, 0)
                .action(workspace, FourAction.RAISE, "Two more tables with sockets in the back room");
        long food = b.factor("Choice of food", month);
        b.rates(food, 3, 3, 5, 1, 0)
                .action(food, FourAction.REDUCE, "Keep the muffin of the month; drop the sandwich fridge");
        long subscription = b.factor("Coffee subscription", 0);
        b.mattersTo(subscription, known, fast).rates(subscription, 0, 1, 1, 3, 0)
                .action(subscription, FourAction.CREATE, "A month of morning coffees, paid once, ordered by a tap");
        return b.build();
    }

    /** The seeds' call centre: customers want no problem, self-service, and a complete answer when they call. */
    static CanvasContent callCentreService() {
        SampleCanvasBuilder b = new SampleCanvasBuilder("Best-in-class customer service",
                "Retail banking customers with a question or a problem", "Contact centre and self-service",
                "Each customer has a different value proposition: some call every time, some only to complain,"
                        + " some never want to call at all. Good service is the experience of a well-executed"
                        + " value proposition; bad service is a promise poorly communicated or not delivered.");
        long noProblem = b.need("Get things done without a problem in the first place", 5);
        long selfServe = b.need("Self-serve as much as possible", 4);
        long myTime = b.need("Engage when it suits me, not only in office hours", 4);
        long firstTime = b.need("A complete answer on the first contact", 5);
        long friendly = b.want("A friendly, helpful person when I do need one", 4);
        long heard = b.want("Feel listened to and taken seriously", 3);
        long transfers = b.fear("Being passed from one department to the next", 5);
        long hold = b.fear("Endless hold music", 4);
        long repeat = b.fear("Repeating my account details to every agent", 3);
        long fraud = b.fear("Fraud on my account that nobody notices", 4);
        long portal = b.promise(Section.FEATURES, "Self-service portal and app for the 20 most common tasks", 4,
                "Covers address change, card block, statements, payments and disputes.");
        long allHours = b.promise(Section.FEATURES, "Phone and chat open 7 am to 11 pm, seven days", 4, "");
        long callback = b.feature("Call-back instead of waiting on hold");
        long alerts = b.feature("Real-time alerts on unusual card use");
        long resolve = b.promise(Section.BENEFITS, "Resolved on the first contact", 5,
                "First-contact resolution measured from ticket re-opens within 7 days.");
        long ownership = b.benefit("One agent owns the case until it is closed");
        long context = b.promise(Section.EXPERIENCE, "Agents already know who you are and why you call", 4,
                "Caller identified in the app; history shown to the agent.");
        b.experience("Plain-language letters and emails");
        long survey = b.experience("Survey after every contact (to be trimmed: customers say it is too often)");
        long digital = b.competitor("Digital-only bank with in-app chat");
        b.competitor("Large high-street bank");
        long branch = b.substitute("Branch visit");
        b.substitute("Asking friends and online forums");
        b.answers(portal, selfServe, myTime, noProblem).answers(allHours, myTime)
                .answers(callback, hold).answers(alerts, fraud).answers(resolve, firstTime, transfers, heard)
                .answers(ownership, transfers, heard, friendly).answers(context, repeat, friendly);
        // Offers: ours, digital-only bank, high-street bank, branch visit, friends and forums.
        long fcr = b.factor("Resolved on the first contact", resolve);
        b.rates(fcr, 4, 3, 2, 4, 2).evidence(fcr, branch, "Mystery shopping, Q2: 8 of 10 branch visits resolved");
        long coverage = b.factor("Self-service coverage", portal);
        b.rates(coverage, 4, 5, 3, 1, 3).evidence(coverage, digital, "Every task in the app, including disputes")
                .action(coverage, FourAction.RAISE, "Add disputes and card replacement to the app");
        long hours = b.factor("Opening hours", allHours);
        b.rates(hours, 4, 5, 3, 2, 5);
        long warmth = b.factor("A warm, human voice", 0);
        b.mattersTo(warmth, friendly, heard).rates(warmth, 3, 2, 3, 5, 4);
        long waiting = b.factor("Time on hold", callback);
        b.rates(waiting, 4, 4, 2, 3, 0);
        long fraudWatch = b.factor("Fraud watch", alerts);
        b.rates(fraudWatch, 4, 5, 4, 0, 0);
        long surveys = b.factor("Surveys after contact", survey);
        b.rates(surveys, 5, 2, 3, 1, 0)
                .action(surveys, FourAction.ELIMINATE, "Ask one in ten contacts, never twice in a month");
        long video = b.factor("Video call with a named adviser", 0);
        b.mattersTo(video, friendly, firstTime).rates(video, 0, 2, 1, 0, 0)
                .action(video, FourAction.CREATE, "Book a video call with the adviser who owns the case");
        return b.build();
    }

    /** The seeds' car dealership: a ritual of roses and a portrait makes ordinary buyers an elite club. */
    static CanvasContent carDealership() {
        SampleCanvasBuilder b = new SampleCanvasBuilder("Hall of Fame dealership",
                "First-time buyers of a premium car", "Franchise car dealership",
                "Value is a moving target. A dozen roses and a portrait on the Hall of Fame wall cost little"
                        + " next to the car, yet they make every buyer feel special: an elite club of ordinary people.");
        long fairPrice = b.need("A fair price without haggling for hours", 5);
        long reliable = b.need("A car that is serviced on time, without hassle", 4);
        long special = b.want("Feel special and important on the day I buy", 4);
        long belong = b.want("Belong to a club of people who bought here", 2);
        long ripped = b.fear("Being talked into extras I don't need", 5);
        long afterSale = b.fear("Being forgotten once the contract is signed", 4);
        long price = b.promise(Section.FEATURES, "One transparent price, written down before the test drive", 4, "");
        long service = b.promise(Section.FEATURES, "Courtesy car and pick-up for every service", 4, "");
        b.feature("Certified technicians for the brand");
        long ritual = b.promise(Section.EXPERIENCE, "Roses and a Hall of Fame portrait with every car", 5,
                "The ritual that makes the day; a wall of portraits dating back decades.");
        long calls = b.benefit("A personal adviser who calls before each service is due");
        b.benefit("Loyalty pricing on the next car");
        long online = b.competitor("Online car retailer with home delivery");
        b.competitor("The other franchise dealer across town");
        b.substitute("Leasing through an employer scheme");
        b.substitute("Car sharing and public transport");
        b.answers(price, fairPrice, ripped).answers(service, reliable).answers(ritual, special, belong)
                .answers(calls, afterSale, reliable);
        // Offers: ours, online retailer, dealer across town, employer leasing, car sharing.
        long transparency = b.factor("Price transparency", price);
        b.rates(transparency, 4, 5, 2, 4, 5)
                .evidence(transparency, online, "Fixed price on the website, no negotiation at all");
        long servicing = b.factor("Servicing without hassle", service);
        b.rates(servicing, 4, 2, 3, 4, 0);
        long buyingDay = b.factor("The day you buy", ritual);
        b.rates(buyingDay, 5, 1, 2, 1, 1)
                .evidence(buyingDay, Offer.OURS, "Hall of Fame wall: 4,000 portraits since 1987");
        long delivery = b.factor("Delivery to your door", 0);
        b.mattersTo(delivery, special).rates(delivery, 2, 5, 2, 3, 0)
                .action(delivery, FourAction.RAISE, "Deliver the car at home, roses and portrait included");
        long models = b.factor("Choice of models", 0);
        b.mattersTo(models, fairPrice).rates(models, 3, 5, 3, 4, 2);
        long aftercare = b.factor("Remembered after the sale", calls);
        b.rates(aftercare, 4, 1, 3, 3, 0);
        return b.build();
    }
}
