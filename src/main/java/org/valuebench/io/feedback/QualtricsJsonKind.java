package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;

/**
 * Qualtrics's JSON export of a survey's responses (the response export API with {@code "format": "json"}, the
 * file inside the ZIP it gives), one row per response, one column per value (see
 * {@link QualtricsJsonFlattener}). Mapped like the CSV export, whose import ids are its column names.
 */
final class QualtricsJsonKind implements FeedbackFileKind {
    private static final Pattern EMPTY = Pattern.compile("\\A\\s*\\{\\s*\"responses\"\\s*:\\s*\\[\\s*]\\s*}\\s*\\z");

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.QUALTRICS_JSON;
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.isJson() && head.mentions("responses") && (head.mentions("responseId")
                || head.mentions("_recordId") || head.mentions("recordedDate") || EMPTY.matcher(head.text()).matches());
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return JsonTableReader.open(file, List.of("responses"), new QualtricsJsonFlattener());
    }

    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        return new FormatHints("recordedDate", "", "", "responseId", "", null, "", List.of(),
                "Columns are Qualtrics's import ids (QID1, QID2_TEXT ...) with the recoded answer values; a mapping"
                        + " saved for the CSV export by import id reads this file too. Survey previews, tests, spam"
                        + " and unfinished responses are left out unless the mapping includes them.");
    }
}
