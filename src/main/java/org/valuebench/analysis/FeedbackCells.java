package org.valuebench.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackCell;
import org.valuebench.domain.FeedbackFacets;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.Voice;

/**
 * Sums feedback records into cells (per promise, voice and month, each dated the first day of its month) in
 * memory: what the workspace hands out from SQL, computed here from records for tests and small sets.
 */
public final class FeedbackCells {

    private FeedbackCells() {
    }

    /** The cells of the records that pass the filter's date, segment and channel conditions. */
    public static List<FeedbackCell> of(Collection<Feedback> records, FeedbackFilter filter) {
        Map<Key, FeedbackCell> cells = new LinkedHashMap<>();
        for (Feedback record : records) {
            if (filter.matches(record)) {
                LocalDate month = record.date() == null ? null : record.date().withDayOfMonth(1);
                FeedbackCell cell = FeedbackCell.of(record);
                cells.merge(new Key(record.promiseItemId(), record.voice(), month),
                        new FeedbackCell(cell.promiseItemId(), cell.voice(), month, cell.count(), cell.sum5(),
                                cell.sumSquares5(), cell.expectationCount(), cell.expectationGapSum(), cell.npsCount(),
                                cell.promoters(), cell.detractors()),
                        FeedbackCell::plus);
            }
        }
        return new ArrayList<>(cells.values());
    }

    /** The filter choices the records offer. */
    public static FeedbackFacets facets(Collection<Feedback> records) {
        Map<Voice, Long> byVoice = new EnumMap<>(Voice.class);
        // Filters match case-insensitively, so spellings that differ only in case are one choice.
        TreeMap<String, String> segments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        TreeMap<String, String> channels = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        LocalDate first = null;
        LocalDate last = null;
        for (Feedback record : records) {
            byVoice.merge(record.voice(), 1L, Long::sum);
            if (!record.segment().isEmpty()) {
                segments.merge(record.segment(), record.segment(), FeedbackCells::first);
            }
            if (!record.channel().isEmpty()) {
                channels.merge(record.channel(), record.channel(), FeedbackCells::first);
            }
            LocalDate date = record.date();
            if (date != null) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
        }
        return new FeedbackFacets(records.size(), byVoice, List.copyOf(segments.values()), List.copyOf(channels.values()),
                first, last);
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private record Key(long promise, Voice voice, LocalDate day) {
        Key {
            Objects.requireNonNull(voice);
        }
    }
}
