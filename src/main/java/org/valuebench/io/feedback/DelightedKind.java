package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.valuebench.domain.FeedbackChannels;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.Voice;

/**
 * Delighted's survey responses, as {@code GET /v1/survey_responses.json} answers them: a root array of responses,
 * each with its {@code survey_type}, {@code score}, {@code comment}, Unix-time {@code created_at} and the
 * person's properties. {@link DelightedResponse} lays each out as a row.
 */
final class DelightedKind implements FeedbackFileKind {
    static final String RULE = "Delighted puts each survey type's score in a column of its own: NPS on 0-10, CSAT"
            + " on 1-5, CES on 1-7 (choose 1-5 for a CES project on Delighted's 5-point scale); map each to a promise,"
            + " and the types left unmapped are not imported";
    /** Properties with one value per person: ids, emails, names. */
    private static final Pattern PER_PERSON = Pattern.compile("(^|[ _])id$|e-?mail|^(full |first |last )?name$");

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.DELIGHTED;
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.text().stripLeading().startsWith("[") && head.mentions("survey_type")
                && head.mentions(DelightedResponse.SCORE);
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return JsonTableReader.open(file, List.of(), DelightedResponse::fields);
    }

    /**
     * One rating per survey type the file holds, on that type's scale (types ValueBench does not know get none:
     * their scale is the user's to say); the first person property that looks like a group of customers as the
     * segment; the person's email, else their id, as the respondent.
     */
    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        List<FormatHints.Rating> ratings = new ArrayList<>();
        for (SurveyColumn column : columns) {
            FeedbackScale scale = scaleOf(column.label());
            if (scale != null) {
                ratings.add(FormatHints.Rating.of(column.label(), scale));
            }
        }
        String respondent = present(columns, DelightedResponse.PERSON_EMAIL);
        if (respondent.isEmpty()) {
            respondent = present(columns, DelightedResponse.PERSON);
        }
        return new FormatHints(present(columns, "created_at"), "", segment(columns), respondent,
                present(columns, "comment"), Voice.CUSTOMER, FeedbackChannels.SURVEY, ratings, RULE);
    }

    /** The column's label when the file has it, else blank (no hint). */
    private static String present(List<SurveyColumn> columns, String label) {
        return columns.stream().anyMatch(c -> c.label().equals(label)) ? label : "";
    }

    /** The scale of a "score (type)" column whose type ValueBench knows; null for any other column. */
    static FeedbackScale scaleOf(String label) {
        if (!label.startsWith(DelightedResponse.SCORE + " (") || !label.endsWith(")")) {
            return null;
        }
        String type = label.substring(DelightedResponse.SCORE.length() + 2, label.length() - 1);
        if (type.equals("nps") || type.equals("enps")) {
            return FeedbackScale.ZERO_TO_TEN;
        }
        if (type.equals("csat")) {
            return FeedbackScale.ONE_TO_FIVE;
        }
        return type.startsWith("ces") ? FeedbackScale.ONE_TO_SEVEN : null;
    }

    /**
     * The first person property that can group customers: not an id or an email (one value per person), not one
     * of Delighted's own ("Delighted Source") nor a question_ text; blank for none, as a segment of one person
     * each would group nobody.
     */
    private static String segment(List<SurveyColumn> columns) {
        return columns.stream().map(SurveyColumn::label).filter(DelightedKind::isProperty)
                .filter(DelightedKind::groupsCustomers).findFirst().orElse("");
    }

    private static boolean isProperty(String label) {
        return !DelightedResponse.FIXED.contains(label) && !label.startsWith(DelightedResponse.SCORE + " (")
                && !label.startsWith(DelightedResponse.ANSWER_PREFIX) && !label.equals("person_properties");
    }

    private static boolean groupsCustomers(String label) {
        String name = label.toLowerCase(Locale.ROOT).replace(DelightedResponse.PROPERTY_PREFIX, "");
        return !name.startsWith("delighted ") && !name.startsWith("question_") && !PER_PERSON.matcher(name).find();
    }
}
