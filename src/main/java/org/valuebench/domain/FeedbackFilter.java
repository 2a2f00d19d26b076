package org.valuebench.domain;

import java.time.LocalDate;

/**
 * Which feedback a gap report looks at. The date range is inclusive at both ends and leaves out undated
 * records when either end is set; segment and channel match case-insensitively, blank or null for all.
 * {@code voice} chooses the voice the headline figures, ranking, quadrant and trend come from (customer by
 * default); the comparison of voices always shows every voice under the other filters.
 */
public record FeedbackFilter(LocalDate since, LocalDate until, String segment, String channel, Voice voice) {
    public static final FeedbackFilter NONE = new FeedbackFilter(null, null, null, null, Voice.CUSTOMER);

    public FeedbackFilter {
        segment = segment == null || segment.isBlank() ? null : segment.strip();
        channel = channel == null || channel.isBlank() ? null : FeedbackChannels.normalise(channel);
        voice = voice == null ? Voice.CUSTOMER : voice;
        if (since != null && until != null && since.isAfter(until)) {
            throw new InvalidInputException("The date range starts (" + since + ") after it ends (" + until + ")");
        }
    }

    public boolean hasDateRange() {
        return since != null || until != null;
    }

    /** Whether the date range, if any, starts on the first of a month and ends on the last day of one. */
    public boolean coversWholeMonths() {
        return (since == null || since.getDayOfMonth() == 1)
                && (until == null || until.getDayOfMonth() == until.lengthOfMonth());
    }

    /** Whether the record passes the date, segment and channel filters (voice is not a filter here). */
    public boolean matches(Feedback feedback) {
        if (hasDateRange()) {
            LocalDate date = feedback.date();
            if (date == null || since != null && date.isBefore(since) || until != null && date.isAfter(until)) {
                return false;
            }
        }
        if (segment != null && !segment.equalsIgnoreCase(feedback.segment())) {
            return false;
        }
        return channel == null || channel.equalsIgnoreCase(feedback.channel());
    }

    public FeedbackFilter withVoice(Voice newVoice) {
        return new FeedbackFilter(since, until, segment, channel, newVoice);
    }
}
