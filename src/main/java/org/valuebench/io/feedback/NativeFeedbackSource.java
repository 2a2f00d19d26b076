package org.valuebench.io.feedback;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ValueBench's long format: a header row, then one record per row. Columns are found by name,
 * case-insensitive, in any order; {@code promise} and {@code score} are required, the others optional
 * ({@code scale}, {@code date}, {@code voice}, {@code channel}, {@code segment}, {@code respondent},
 * {@code comment}, {@code expectation}); columns with other names are ignored.
 */
final class NativeFeedbackSource extends TableFeedbackSource {
    static final List<String> COLUMNS = List.of("promise", "score", "scale", "date", "voice", "channel", "segment",
            "respondent", "comment", "expectation");
    private final Deque<RawRecord> ahead;
    private final int width;
    private final int promise;
    private final int score;
    private final int scale;
    private final int date;
    private final int voice;
    private final int channel;
    private final int segment;
    private final int respondent;
    private final int comment;
    private final int expectation;
    private final int[] columns = FeedbackField.noColumns();

    NativeFeedbackSource(TabularReader reader, List<RawRecord> firstRecords) {
        super(reader);
        this.ahead = new ArrayDeque<>(firstRecords);
        RawRecord header = ahead.removeFirst();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(name) && index.put(name, i) != null) {
                throw new FeedbackFormatException(reader.file().getFileName() + " line 1: the header names the column '"
                        + name + "' twice");
            }
        }
        this.width = header.fields().size();
        this.promise = index.getOrDefault("promise", -1);
        this.score = index.getOrDefault("score", -1);
        this.scale = index.getOrDefault("scale", -1);
        this.date = index.getOrDefault("date", -1);
        this.voice = index.getOrDefault("voice", -1);
        this.channel = index.getOrDefault("channel", -1);
        this.segment = index.getOrDefault("segment", -1);
        this.respondent = index.getOrDefault("respondent", -1);
        this.comment = index.getOrDefault("comment", -1);
        this.expectation = index.getOrDefault("expectation", -1);
        int[][] fields = {{FeedbackField.PROMISE.ordinal(), promise}, {FeedbackField.SCORE.ordinal(), score},
            {FeedbackField.SCALE.ordinal(), scale}, {FeedbackField.DATE.ordinal(), date},
            {FeedbackField.VOICE.ordinal(), voice}, {FeedbackField.CHANNEL.ordinal(), channel},
            {FeedbackField.SEGMENT.ordinal(), segment}, {FeedbackField.RESPONDENT.ordinal(), respondent},
            {FeedbackField.COMMENT.ordinal(), comment}, {FeedbackField.EXPECTATION.ordinal(), expectation}};
        for (int[] field : fields) {
            columns[field[0]] = field[1];
        }
    }

    @Override
    public FeedbackCandidate next() {
        RawRecord r = ahead.isEmpty() ? RawRecord.next(reader) : ahead.removeFirst();
        if (r == null) {
            return null;
        }
        return new FeedbackCandidate(r.row(), r.line(), "", r.field(promise), r.field(score), r.field(scale),
                r.field(expectation), r.field(date), r.field(voice), r.field(channel), r.field(segment),
                r.field(respondent), r.field(comment), extraFields(r), r.cells(columns));
    }

    /** A row with more filled fields than the header usually has a comment whose separator was not quoted. */
    private String extraFields(RawRecord r) {
        List<String> fields = r.fields();
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return "the row has " + fields.size() + " fields but the header has " + width
                        + " (a text holding '" + reader.delimiter() + "' must be in double quotes)";
            }
        }
        return null;
    }

    @Override
    public String dateFormat() {
        return "";
    }
}
