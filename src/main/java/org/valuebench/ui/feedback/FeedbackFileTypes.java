package org.valuebench.ui.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.valuebench.domain.FeedbackFormat;

/**
 * The file types File ▸ Import feedback… offers: every feedback file at once first, then one per kind of file.
 * The kind is told from the content when the file is read; the extensions only narrow the list in the chooser.
 */
final class FeedbackFileTypes {
    /** The extensions each kind's files usually carry (a CSV export is sometimes saved as .txt). */
    private static final Map<FeedbackFormat, List<String>> EXTENSIONS = extensions();

    private FeedbackFileTypes() {
    }

    private static Map<FeedbackFormat, List<String>> extensions() {
        Map<FeedbackFormat, List<String>> map = new EnumMap<>(FeedbackFormat.class);
        map.put(FeedbackFormat.CSV, List.of("csv", "txt"));
        map.put(FeedbackFormat.XLSX, List.of("xlsx"));
        map.put(FeedbackFormat.GOOGLE_PLAY, List.of("csv"));
        map.put(FeedbackFormat.APP_STORE, List.of("json"));
        map.put(FeedbackFormat.ZENDESK, List.of("json", "csv"));
        map.put(FeedbackFormat.DELIGHTED, List.of("json"));
        map.put(FeedbackFormat.TYPEFORM, List.of("json"));
        map.put(FeedbackFormat.QUALTRICS_JSON, List.of("json"));
        return map;
    }

    /** "Feedback files (*.csv, *.txt, *.xlsx, *.json)", then "Excel workbook (*.xlsx)" and the like. */
    static List<GapFileChooser.Filter> filters() {
        List<GapFileChooser.Filter> filters = new ArrayList<>();
        Set<String> every = new LinkedHashSet<>(List.of("csv", "xlsx", "json", "txt"));
        for (FeedbackFormat format : FeedbackFormat.values()) {
            every.addAll(EXTENSIONS.getOrDefault(format, List.of()));
        }
        filters.add(filter("Feedback files", List.copyOf(every)));
        for (FeedbackFormat format : FeedbackFormat.values()) {
            filters.add(filter(format.title(), EXTENSIONS.getOrDefault(format, List.of("*"))));
        }
        return filters;
    }

    private static GapFileChooser.Filter filter(String title, List<String> extensions) {
        return new GapFileChooser.Filter(title + " (" + extensions.stream().map(e -> "*." + e)
                .collect(Collectors.joining(", ")) + ")", extensions);
    }
}
