package org.valuebench.io.feedback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.valuebench.domain.ExcludedResponses;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.ResponseKind;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyQuestion;

/**
 * A survey export, one row per respondent and one column per question, read through a {@link SurveyMapping}:
 * every answered, mapped question of a row becomes one candidate record. Unanswered questions are skipped.
 * Rows the survey tool marks as previews, tests, spam or unfinished are left out (and counted) unless the
 * mapping includes their kind: see {@link ResponseStatus}.
 */
final class WideSurveySource extends TableFeedbackSource {
    private final Deque<RawRecord> ahead;
    private final SurveyMapping mapping;
    private final int date;
    private final int segment;
    private final int respondent;
    private final int comment;
    private final List<Question> questions = new ArrayList<>();
    private final Deque<FeedbackCandidate> pending = new ArrayDeque<>();
    private final ResponseStatus status;
    private final Map<ResponseKind, Long> excluded = new EnumMap<>(ResponseKind.class);

    WideSurveySource(TabularReader reader, List<RawRecord> firstRecords, SurveyMapping mapping,
                     FeedbackFormat format) {
        super(reader);
        this.mapping = mapping;
        SurveyLayout layout = SurveyLayout.of(firstRecords.stream().map(RawRecord::fields).toList(),
                mapping.headerRows());
        this.status = ResponseStatus.of(layout.columns(), layout.shape(), format);
        this.ahead = new ArrayDeque<>(firstRecords.subList(Math.min(layout.headerRows(), firstRecords.size()),
                firstRecords.size()));
        this.date = optional(layout, mapping.dateColumn(), "date");
        this.segment = optional(layout, mapping.segmentColumn(), "segment");
        this.respondent = optional(layout, mapping.respondentColumn(), "respondent");
        this.comment = optional(layout, mapping.commentColumn(), "comment");
        Map<Integer, Integer> entryByColumn = new HashMap<>();
        for (SurveyQuestion q : mapping.questions()) {
            int column = layout.resolve(q.column(), "question");
            refuseRepeated(entryByColumn, column, layout);
            Map<String, String> answers = new HashMap<>();
            q.answers().forEach((label, score) -> answers.put(key(label), Feedback.format(score)));
            int expectation = optional(layout, q.expectationColumn(), "expectation");
            int questionComment = optional(layout, q.commentColumn(), "comment");
            int[] columns = FeedbackField.noColumns();
            columns[FeedbackField.SCORE.ordinal()] = column;
            columns[FeedbackField.EXPECTATION.ordinal()] = expectation;
            columns[FeedbackField.DATE.ordinal()] = date;
            columns[FeedbackField.SEGMENT.ordinal()] = segment;
            columns[FeedbackField.RESPONDENT.ordinal()] = respondent;
            columns[FeedbackField.COMMENT.ordinal()] = questionComment >= 0 ? questionComment : comment;
            questions.add(new Question(q, column, layout.columns().get(column).label(), expectation, questionComment,
                    answers, columns));
        }
    }

    /**
     * The mapping itself refuses a reference written twice; this catches one column named two ways (its header
     * text and #N, or its import id), which only the file's header can tell.
     */
    private void refuseRepeated(Map<Integer, Integer> entryByColumn, int column, SurveyLayout layout) {
        int entry = entryByColumn.size();
        Integer earlier = entryByColumn.putIfAbsent(column, entry);
        if (earlier != null) {
            throw new FeedbackFormatException(SurveyMapping.repeatedColumn(layout.columns().get(column).label(),
                    earlier + 1, entry + 1, mapping.questions().get(earlier), mapping.questions().get(entry))
                    .getMessage());
        }
    }

    /** How many header rows the layout needs to read ahead before it can judge the file. */
    static int readAhead(SurveyMapping mapping) {
        return Math.max(3, mapping.headerRows()) + 1;
    }

    private static int optional(SurveyLayout layout, String reference, String what) {
        return reference.isBlank() ? -1 : layout.resolve(reference, what);
    }

    private static String key(String answer) {
        return answer.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public FeedbackCandidate next() {
        while (pending.isEmpty()) {
            RawRecord r = ahead.isEmpty() ? RawRecord.next(reader) : ahead.removeFirst();
            if (r == null) {
                return null;
            }
            ResponseKind kind = status.kindOf(r.fields());
            if (kind != null && !mapping.include().contains(kind)) {
                excluded.merge(kind, 1L, Long::sum);
                continue;
            }
            split(r);
        }
        return pending.removeFirst();
    }

    private void split(RawRecord r) {
        for (Question q : questions) {
            String answer = r.field(q.column).strip();
            if (answer.isEmpty()) {
                continue;
            }
            String score = q.answers.getOrDefault(key(answer), answer);
            String rowComment = q.comment >= 0 ? r.field(q.comment) : r.field(comment);
            pending.add(new FeedbackCandidate(r.row(), r.line(), q.label, q.mapping.promise(), score,
                    q.mapping.scale().label(), r.field(q.expectation), r.field(date), mapping.voice().label(),
                    mapping.channel(), r.field(segment), r.field(respondent), rowComment, null, r.cells(q.columns)));
        }
    }

    /** Read by the importing thread once this source has returned null, so all counts are in. */
    @Override
    public ExcludedResponses excluded() {
        return new ExcludedResponses(excluded, true);
    }

    @Override
    public String dateFormat() {
        return mapping.dateFormat();
    }

    private record Question(SurveyQuestion mapping, int column, String label, int expectation, int comment,
                            Map<String, String> answers, int[] columns) {
    }
}
