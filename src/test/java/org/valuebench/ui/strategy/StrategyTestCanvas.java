package org.valuebench.ui.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.domain.Canvas;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FitLink;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;
import org.valuebench.ui.workbench.TestCanvases;
import org.valuebench.ui.workbench.WorkbenchViewModel;

/** A corner shop with two competitors and a substitute, no factors yet: what the Strategy tab tests start from. */
public final class StrategyTestCanvas {

    private StrategyTestCanvas() {
    }

    static CanvasContent cornerShop() {
        return new CanvasContent(new Canvas(0, "Corner shop", "Neighbours", "Corner shop", "", Instant.EPOCH,
                Instant.EPOCH),
                List.of(item(1, Section.WANTS, "Feel welcome", 2, false, 4),
                        item(2, Section.NEEDS, "Fair prices", 5, false, 4),
                        item(3, Section.FEARS, "Running out of milk", 4, false, 4),
                        item(10, Section.FEATURES, "Always in stock", 3, true, 4),
                        item(11, Section.BENEFITS, "Low prices", 3, true, 5),
                        item(12, Section.FEATURES, "Free parking", 3, false, 4),
                        item(20, Section.COMPETITORS, "MegaMart", 3, false, 4),
                        item(21, Section.COMPETITORS, "Village deli", 3, false, 4),
                        item(22, Section.SUBSTITUTES, "Online grocer", 3, false, 4)),
                List.of(new FitLink(11, 2), new FitLink(10, 3)));
    }

    private static Item item(long id, Section section, String text, int importance, boolean promise, int target) {
        return TestCanvases.item(id, section, text, importance, promise, target);
    }

    /** Adds the canvas through the window's model and shows it. */
    public static long addTo(WorkbenchViewModel model) {
        return TestCanvases.add(model, cornerShop());
    }

    public static long id(WorkbenchViewModel model, String text) {
        return TestCanvases.itemId(model, text);
    }

    /** Records one customer score (1-5) on a promise, as the Gaps tab would. */
    static void feedback(WorkbenchViewModel model, String promise, int score) {
        long canvasId = model.canvasId();
        long promiseId = id(model, promise);
        Feedback record = new Feedback(0, canvasId, promiseId, score, FeedbackScale.ONE_TO_FIVE, null, Voice.CUSTOMER,
                FeedbackChannels.SURVEY, "", LocalDate.of(2026, 3, 1), "", "", null);
        model.edit(session -> new FeedbackUseCases(session.current()).add(record), null, e -> {
            throw e;
        });
    }
}
