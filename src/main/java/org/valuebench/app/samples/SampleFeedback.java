package org.valuebench.app.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.store.FeedbackWriter;
import org.valuebench.store.StoreException;

/**
 * Realistic, repeatable feedback for the sample canvases, so the gap view is alive on first launch. Works on
 * whatever promises the canvases have: each promise gets a story (a clear deficit, a promise kept, thin
 * evidence, or a mixed record) from words in its text, and every canvas with three or more promises shows all
 * three of the first stories. The records come from several voices and channels over the last twelve months,
 * some with comments and expectations; a fixed seed makes them the same on every machine.
 */
public final class SampleFeedback {
    static final long SEED = 20_130_611L;

    enum Story {
        /** Customers rate it well below its target; the team thinks it does better. */
        DEFICIT(-1.5, 36, 8, 4, 3),
        /** Delivered at or a little above target. */
        KEPT(0.2, 28, 5, 3, 2),
        /** Only a handful of records. */
        THIN(-0.4, 3, 1, 0, 0),
        MIXED(-0.6, 14, 3, 1, 1);

        final double offset;
        final int customers;
        final int employees;
        final int partners;
        final int community;

        Story(double offset, int customers, int employees, int partners, int community) {
            this.offset = offset;
            this.customers = customers;
            this.employees = employees;
            this.partners = partners;
            this.community = community;
        }
    }

    private static final List<String> KEPT_COMMENTS = List.of("Exactly as promised.", "Never had a problem with this.",
            "This is why I keep coming back.", "Reliable, every single time.", "Better than I expected, honestly.");
    private static final List<String> DEFICIT_COMMENTS = List.of("Not what was promised.",
            "Third time this month it let me down.", "It used to be better; it has slipped.",
            "I had to go elsewhere in the end.", "Staff were apologetic, but that did not fix it.",
            "The promise is on every poster, the reality is different.");
    private static final List<String> MIXED_COMMENTS = List.of("Depends on the day.",
            "Fine most of the time, poor at weekends.", "Good when it works.");
    private static final Map<String, List<String>> TOPIC_COMMENTS = topicComments();

    private SampleFeedback() {
    }

    /**
     * Adds the sample feedback to every canvas of the workbench, outside the undo history, in one transaction.
     * Call it once, right after the sample canvases are seeded.
     */
    static void seed(Workbench workbench) {
        Workbench.requireWritable(workbench.workspace());
        LocalDate today = LocalDate.now(workbench.clock());
        List<CanvasContent> canvases = new ArrayList<>();
        for (CanvasSummary summary : workbench.library()) {
            canvases.add(workbench.canvas(summary.id()));
        }
        try {
            workbench.workspace().transaction(c -> {
                try (FeedbackWriter writer = workbench.workspace().feedback().writer()) {
                    for (CanvasContent content : canvases) {
                        records(content, today).forEach(writer::add);
                    }
                    writer.finish();
                }
                return null;
            });
        } catch (StoreException e) {
            throw new AppException(e.getMessage(), e);
        }
    }

    /** The sample records for one canvas, as they would be on {@code today}. */
    static List<Feedback> records(CanvasContent content, LocalDate today) {
        Random random = new Random(SEED ^ content.canvas().name().hashCode());
        Map<Item, Story> stories = stories(content.promises());
        List<Feedback> records = new ArrayList<>();
        int respondent = 1;
        for (Map.Entry<Item, Story> entry : stories.entrySet()) {
            Item promise = entry.getKey();
            Story story = entry.getValue();
            double customerMean = clamp(promise.promiseTarget() + story.offset);
            // The team tends to rate its own delivery higher than customers do when a promise slips.
            double teamMean = story == Story.DEFICIT ? clamp(promise.promiseTarget() - 0.3) : customerMean + 0.1;
            respondent = add(records, random, content, promise, story, Voice.CUSTOMER, story.customers, customerMean,
                    today, respondent);
            respondent = add(records, random, content, promise, story, Voice.EMPLOYEE, story.employees, teamMean,
                    today, respondent);
            respondent = add(records, random, content, promise, story, Voice.PARTNER, story.partners,
                    (customerMean + teamMean) / 2, today, respondent);
            respondent = add(records, random, content, promise, story, Voice.COMMUNITY, story.community,
                    customerMean + 0.2, today, respondent);
        }
        return records;
    }

    /** Stories from the promise texts, then the ones still missing, in canvas order. */
    static Map<Item, Story> stories(List<Item> promises) {
        Map<Item, Story> stories = new LinkedHashMap<>();
        for (Item promise : promises) {
            String text = promise.text().toLowerCase(Locale.ROOT);
            if (text.contains("in stock") || text.contains("on time") || text.contains("first call")
                    || text.contains("no wait") || text.contains("skip the queue") || text.contains("first contact")
                    || text.contains("courtesy car")) {
                stories.put(promise, Story.DEFICIT);
            } else if (text.contains("low price") || text.contains("fresh") || text.contains("friendly")
                    || text.contains("roasted") || text.contains("open 7") || text.contains("transparent price")) {
                stories.put(promise, Story.KEPT);
            } else if (text.contains("checkout") || text.contains("peak") || text.contains("greeted")
                    || text.contains("already know") || text.contains("roses")) {
                stories.put(promise, Story.THIN);
            }
        }
        List<Story> missing = new ArrayList<>(List.of(Story.DEFICIT, Story.KEPT, Story.THIN));
        missing.removeAll(Set.copyOf(stories.values()));
        for (Item promise : promises) {
            if (!stories.containsKey(promise)) {
                stories.put(promise, missing.isEmpty() ? Story.MIXED : missing.remove(0));
            }
        }
        Map<Item, Story> ordered = new LinkedHashMap<>();
        promises.forEach(p -> ordered.put(p, stories.get(p)));
        return ordered;
    }

    private static int add(List<Feedback> records, Random random, CanvasContent content, Item promise, Story story,
                           Voice voice, int count, double mean, LocalDate today, int firstRespondent) {
        int respondent = firstRespondent;
        for (int i = 0; i < count; i++) {
            int monthsAgo = random.nextInt(12);
            LocalDate date = today.minusMonths(monthsAgo).withDayOfMonth(1).plusDays(random.nextInt(28));
            if (date.isAfter(today)) {
                date = today;
            }
            // A slipping promise slips further over the year; the others hold steady.
            double drift = story == Story.DEFICIT && voice == Voice.CUSTOMER ? (monthsAgo - 5.5) * 0.06 : 0;
            String channel = channel(random, voice);
            FeedbackScale scale = scale(random, channel);
            double s5 = clamp(mean + drift + random.nextGaussian() * 0.7);
            double score = fromFive(s5, scale);
            Double expectation = voice == Voice.CUSTOMER && scale == FeedbackScale.ONE_TO_FIVE && random.nextInt(3) == 0
                    ? fromFive(clamp(promise.promiseTarget() + random.nextGaussian() * 0.5), scale) : null;
            String comment = random.nextInt(3) == 0 ? comment(random, promise, story, s5) : "";
            String segment = random.nextInt(3) == 0 ? "New customers" : "Regulars";
            records.add(new Feedback(0, content.canvas().id(), promise.id(), score, scale, expectation, voice, channel,
                    voice == Voice.CUSTOMER ? segment : "", date, String.format(Locale.ROOT, "R-%04d", respondent++),
                    comment, null));
        }
        return respondent;
    }

    private static String channel(Random random, Voice voice) {
        int roll = random.nextInt(20);
        return switch (voice) {
            case CUSTOMER -> roll < 12 ? FeedbackChannels.SURVEY : roll < 15 ? FeedbackChannels.REVIEW
                    : roll < 18 ? FeedbackChannels.SUPPORT_TICKET : FeedbackChannels.INTERVIEW;
            case EMPLOYEE -> roll < 10 ? FeedbackChannels.OBSERVATION : FeedbackChannels.INTERVIEW;
            case PARTNER -> FeedbackChannels.INTERVIEW;
            case COMMUNITY -> FeedbackChannels.REVIEW;
        };
    }

    private static FeedbackScale scale(Random random, String channel) {
        if (FeedbackChannels.SURVEY.equals(channel)) {
            int roll = random.nextInt(4);
            return roll == 0 ? FeedbackScale.ZERO_TO_TEN : roll == 1 ? FeedbackScale.ONE_TO_SEVEN : FeedbackScale.ONE_TO_FIVE;
        }
        return FeedbackChannels.INTERVIEW.equals(channel) ? FeedbackScale.ONE_TO_SEVEN : FeedbackScale.ONE_TO_FIVE;
    }

    private static String comment(Random random, Item promise, Story story, double s5) {
        String text = promise.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> topic : TOPIC_COMMENTS.entrySet()) {
            if (text.contains(topic.getKey()) && random.nextBoolean()) {
                List<String> pool = topic.getValue();
                int half = pool.size() / 2;
                // Each topic lists praise first and complaints second.
                return s5 >= 3.5 ? pool.get(random.nextInt(half)) : pool.get(half + random.nextInt(pool.size() - half));
            }
        }
        List<String> pool = s5 >= 3.8 ? KEPT_COMMENTS : story == Story.MIXED || s5 >= 2.8 ? MIXED_COMMENTS
                : DEFICIT_COMMENTS;
        return pool.get(random.nextInt(pool.size()));
    }

    private static Map<String, List<String>> topicComments() {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        topics.put("stock", List.of("Found everything on my list.", "Shelves were full even on Saturday.",
                "Drove over for the advertised item and it was sold out.", "The shelf was empty again.",
                "Offered a rain check, but I needed it today."));
        topics.put("price", List.of("Cheaper than the supermarket down the road, I checked.",
                "The weekly basket costs less here.", "Some prices crept up this month.",
                "The online marketplace was cheaper for the same brand."));
        topics.put("checkout", List.of("Self-checkout was quick.", "In and out in five minutes.",
                "Only two tills open on Saturday morning.", "Queued for twenty minutes at peak time."));
        topics.put("call", List.of("The agent solved it on the first call.", "Friendly and quick on the phone.",
                "Waited 25 minutes on hold.", "Had to call three times about the same problem."));
        topics.put("coffee", List.of("Coffee was excellent as always.", "Best flat white in the neighbourhood.",
                "The coffee was lukewarm.", "Tasted burnt today."));
        return topics;
    }

    private static double clamp(double s5) {
        return Math.max(1, Math.min(5, s5));
    }

    /** The nearest whole score on the scale for a value on the 1-5 scale. */
    private static double fromFive(double s5, FeedbackScale scale) {
        return Math.round(scale.min() + (s5 - 1) * (scale.max() - scale.min()) / 4.0);
    }

    /** The stories in use, for tests. */
    static Set<Story> storiesOf(CanvasContent content) {
        Set<Story> used = EnumSet.noneOf(Story.class);
        used.addAll(stories(content.promises()).values());
        return used;
    }
}
