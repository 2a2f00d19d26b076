package org.valuebench.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;

/** Feedback records built in memory for the exchange tests: every scale, voice, optional field and null. */
public final class TestFeedback {

    private TestFeedback() {
    }

    /** {@code perPromise} records on each promise of the canvas, varied deterministically. */
    public static List<Feedback> on(CanvasContent content, int perPromise) {
        List<Feedback> records = new ArrayList<>();
        FeedbackScale[] scales = FeedbackScale.values();
        Voice[] voices = Voice.values();
        int n = 0;
        for (Item promise : content.promises()) {
            for (int i = 0; i < perPromise; i++, n++) {
                FeedbackScale scale = scales[n % scales.length];
                double score = scale.min() + (n * 7 % (scale.max() - scale.min() + 1)) + (n % 5 == 0 ? 0.5 : 0);
                score = Math.min(score, scale.max());
                Double expectation = n % 3 == 0 ? (double) scale.max() : null;
                LocalDate date = n % 4 == 3 ? null : LocalDate.of(2024, 1 + n % 12, 1 + n % 28);
                records.add(new Feedback(0, content.canvas().id(), promise.id(), score, scale, expectation,
                        voices[n % voices.length], n % 2 == 0 ? "survey" : "Shop floor \"chat\"",
                        n % 3 == 1 ? "Regulars" : "", date, "R-" + n,
                        n % 2 == 0 ? "" : "Comment " + n + ": " + TestCanvases.HOSTILE.replace("\u0000", ""), null));
            }
        }
        return records;
    }
}
