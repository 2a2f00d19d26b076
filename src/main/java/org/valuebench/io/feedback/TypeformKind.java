package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;

/**
 * Typeform's responses as its Responses API gives them ({@code GET /forms/{form_id}/responses} saved to a file:
 * {@code {"total_items": ..., "page_count": ..., "items": [...]}}), one row per response, one column per
 * question (see {@link TypeformFlattener}). Mapped like a wide survey export.
 */
final class TypeformKind implements FeedbackFileKind {
    static final List<String> ITEMS = List.of("items");

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.TYPEFORM;
    }

    /** Typeform's response keys, or (for a page without responses) the page's own keys beside "items". */
    @Override
    public boolean recognises(FileHead head) {
        return head.isJson() && head.mentions("items") && (head.mentions("landing_id") || head.mentions("landed_at")
                || head.mentions("total_items") && head.mentions("page_count") && !head.mentions("id"));
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return JsonTableReader.open(file, ITEMS, new TypeformFlattener());
    }

    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        return new FormatHints("submitted_at", "", "", "response_id", "", null, "", List.of(),
                "Columns are named by each question's ref (set by the form's author in Typeform), or its id:"
                        + " Typeform's API file holds no question titles. Responses never submitted are left out"
                        + " unless the mapping includes partial ones.");
    }
}
