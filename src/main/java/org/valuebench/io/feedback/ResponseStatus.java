package org.valuebench.io.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyColumn;
import org.valuebench.domain.SurveyShape;

/**
 * Tells which rows of a survey export are not customers' feedback (a preview, a test, spam, or a response
 * never finished) from the status columns the survey tool writes, found by their header:
 * <ul>
 *   <li>Qualtrics: {@code Status} (import id {@code status}, second-row label "Response Type") holding "Survey
 *       Preview", "Survey Test", "Spam" ... or, in a numeric export and in the JSON export, the codes 1, 2, 8 ...;
 *       and {@code Finished} (import id {@code finished}) holding "False" or 0.</li>
 *   <li>SurveyMonkey (as its API and integrations write it) {@code response_status} or "Response Status":
 *       "partial", "disqualified" or "overquota"; Typeform's {@code response_type}: "partial" or "started".</li>
 *   <li>Typeform's JSON: a response without a {@code submitted_at} time was never submitted.</li>
 * </ul>
 * A file without such columns has no rows to leave out.
 */
final class ResponseStatus {
    /** Qualtrics's response types (the Status column) by label, lower case, and by code. */
    private static final Map<String, ResponseKind> QUALTRICS_LABELS = Map.of(
            "survey preview", ResponseKind.PREVIEW,
            "offline survey preview", ResponseKind.PREVIEW,
            // A preview that was also flagged as spam: made by the survey's makers all the same.
            "survey preview spam", ResponseKind.PREVIEW,
            "survey test", ResponseKind.TEST,
            "synthetic", ResponseKind.TEST,
            "spam", ResponseKind.SPAM,
            "imported spam", ResponseKind.SPAM,
            "ex spam", ResponseKind.SPAM);
    private static final Map<String, ResponseKind> QUALTRICS_CODES = Map.of(
            "1", ResponseKind.PREVIEW,
            "17", ResponseKind.PREVIEW,
            "9", ResponseKind.PREVIEW,
            "2", ResponseKind.TEST,
            "256", ResponseKind.TEST,
            "8", ResponseKind.SPAM,
            "12", ResponseKind.SPAM,
            "40", ResponseKind.SPAM);
    private static final Set<String> STATUS_HEADERS = Set.of("status", "response type");
    private static final Set<String> PROGRESS_HEADERS = Set.of("response_status", "response status", "response_type");
    private static final Set<String> UNFINISHED = Set.of("partial", "started", "disqualified", "overquota");
    /** Typeform's JSON writes this for a response not yet submitted (older API versions). */
    static final String TYPEFORM_NEVER = "0001-01-01T00:00:00Z";

    private final int status;
    private final int finished;
    private final int progress;
    private final int submitted;
    private final boolean codes;

    private ResponseStatus(int status, int finished, int progress, int submitted, boolean codes) {
        this.status = status;
        this.finished = finished;
        this.progress = progress;
        this.submitted = submitted;
        this.codes = codes;
    }

    /**
     * Finds the status columns among the file's columns.
     *
     * @param shape  the layout the header rows show (numeric status codes are read only in a Qualtrics export)
     * @param format the kind of file
     */
    static ResponseStatus of(List<SurveyColumn> columns, SurveyShape shape, FeedbackFormat format) {
        int status = find(columns, "status", STATUS_HEADERS);
        boolean qualtrics = shape == SurveyShape.QUALTRICS || format == FeedbackFormat.QUALTRICS_JSON
                || status >= 0 && columns.get(status).importId().equalsIgnoreCase("status");
        int submitted = format == FeedbackFormat.TYPEFORM ? find(columns, "", Set.of("submitted_at")) : -1;
        return new ResponseStatus(status, find(columns, "finished", Set.of("finished")),
                find(columns, "", PROGRESS_HEADERS), submitted, qualtrics);
    }

    private static int find(List<SurveyColumn> columns, String importId, Set<String> headers) {
        for (SurveyColumn c : columns) {
            if (!importId.isEmpty() && c.importId().equalsIgnoreCase(importId)) {
                return c.index();
            }
        }
        for (SurveyColumn c : columns) {
            if (c.headerCells().stream().anyMatch(h -> headers.contains(lower(h)))) {
                return c.index();
            }
        }
        return -1;
    }

    /** What kind of response the row is, or null for a customer's response (to import). */
    ResponseKind kindOf(List<String> fields) {
        if (status >= 0) {
            String value = lower(field(fields, status));
            ResponseKind kind = QUALTRICS_LABELS.get(value);
            if (kind == null && codes) {
                kind = QUALTRICS_CODES.get(value);
            }
            if (kind != null) {
                return kind;
            }
        }
        if (finished >= 0) {
            String value = lower(field(fields, finished));
            if (value.equals("false") || codes && value.equals("0")) {
                return ResponseKind.PARTIAL;
            }
        }
        if (progress >= 0 && UNFINISHED.contains(lower(field(fields, progress)))) {
            return ResponseKind.PARTIAL;
        }
        if (submitted >= 0 && field(fields, submitted).isBlank()) {
            return ResponseKind.PARTIAL;
        }
        return null;
    }

    /** Whether the file has any column that tells such responses. */
    boolean isEmpty() {
        return status < 0 && finished < 0 && progress < 0 && submitted < 0;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
