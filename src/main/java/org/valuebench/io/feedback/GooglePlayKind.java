package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.Voice;

/**
 * Google Play Console's reviews export ({@code reviews_<package>_<yyyymm>.csv}, from Download reports ▸ Reviews or
 * the developer account's Cloud Storage bucket): CSV in UTF-16 with a byte order mark, one row per review. Told by
 * its header, whatever the file is called; read by {@link CsvRecordReader}, with one column added
 * ({@link GooglePlayReviewsReader#COMMENT}) that joins the review's title, text and app version.
 */
final class GooglePlayKind implements FeedbackFileKind {
    static final String RATING = "Star Rating";
    static final String DATE = "Review Submit Date and Time";
    static final String LANGUAGE = "Reviewer Language";
    static final String TITLE = "Review Title";
    static final String TEXT = "Review Text";
    static final String VERSION = "App Version Name";
    /** The app-store channel every app-store review is filed under, so filters group Google Play and Apple. */
    static final String CHANNEL = "app store";

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.GOOGLE_PLAY;
    }

    /**
     * The export's header: it starts with "Package Name" and names the star rating and the review text (quoted or
     * not, should a spreadsheet have saved it again).
     */
    @Override
    public boolean recognises(FileHead head) {
        if (head.isZip() || head.isJson()) {
            return false;
        }
        String header = head.firstLine().replace("\"", "");
        return header.startsWith("package name") && header.contains("star rating") && header.contains("review text");
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return new GooglePlayReviewsReader(CsvRecordReader.open(file));
    }

    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        List<FormatHints.Rating> ratings = has(columns, RATING)
                ? List.of(FormatHints.Rating.of(RATING, FeedbackScale.ONE_TO_FIVE)) : List.of();
        return new FormatHints(named(columns, DATE), "", named(columns, LANGUAGE), "",
                named(columns, GooglePlayReviewsReader.COMMENT), Voice.CUSTOMER, CHANNEL, ratings,
                "Google Play: star ratings 1–5 as given; the comment joins the review's title and text and notes the"
                        + " app version; the segment is the reviewer's language (the export names no country)");
    }

    /** The column's header text if the file has it, else blank (no hint). */
    static String named(List<SurveyColumn> columns, String header) {
        return has(columns, header) ? header : "";
    }

    static boolean has(List<SurveyColumn> columns, String header) {
        return columns.stream().anyMatch(c -> c.label().strip().equalsIgnoreCase(header));
    }
}
