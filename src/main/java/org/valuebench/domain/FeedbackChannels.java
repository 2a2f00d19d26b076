package org.valuebench.domain;

import java.util.List;
import java.util.Locale;

/**
 * The channel a feedback record came through. The well-known channels are spelled one way so filters group
 * them; anything else is kept as typed (free text).
 */
public final class FeedbackChannels {
    public static final String SURVEY = "survey";
    public static final String SUPPORT_TICKET = "support ticket";
    public static final String INTERVIEW = "interview";
    public static final String REVIEW = "review";
    public static final String OBSERVATION = "observation";
    public static final List<String> KNOWN = List.of(SURVEY, SUPPORT_TICKET, INTERVIEW, REVIEW, OBSERVATION);
    public static final int MAX_LENGTH = 100;

    private FeedbackChannels() {
    }

    /** The canonical spelling of a known channel, else the trimmed text; blank stays blank. */
    public static String normalise(String text) {
        for (String known : KNOWN) {
            if (known.equals(text)) {
                return known;
            }
        }
        String trimmed = Limits.optionalText("Channel", text, MAX_LENGTH);
        String key = trimmed.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (key) {
            case "survey", "surveys", "questionnaire" -> SURVEY;
            case "support ticket", "ticket", "support", "support tickets", "helpdesk" -> SUPPORT_TICKET;
            case "interview", "interviews" -> INTERVIEW;
            case "review", "reviews", "online review" -> REVIEW;
            case "observation", "observations" -> OBSERVATION;
            default -> trimmed;
        };
    }
}
