package org.valuebench.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What feedback a canvas has, for the filter choices: its segments and channels, its date span and how many
 * records each voice gave (before filtering).
 *
 * @param firstDate null when no record has a date
 */
public record FeedbackFacets(long records, Map<Voice, Long> recordsByVoice, List<String> segments,
                             List<String> channels, LocalDate firstDate, LocalDate lastDate) {
    public static final FeedbackFacets EMPTY = new FeedbackFacets(0, Map.of(), List.of(), List.of(), null, null);

    public FeedbackFacets {
        recordsByVoice = Map.copyOf(recordsByVoice);
        segments = List.copyOf(segments);
        channels = List.copyOf(channels);
    }
}
