package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.valuebench.domain.FeedbackFormat;

/**
 * Tells which kind of feedback file a file is, from its content rather than its name, and opens it. The kinds
 * are asked in order, the most particular first: CSV takes what no other kind claims.
 */
public final class FeedbackFormats {
    private static final List<FeedbackFileKind> KINDS = List.of(
            new XlsxKind(),
            new TypeformKind(),
            new QualtricsJsonKind(),
            new ZendeskKind(),
            new DelightedKind(),
            new GooglePlayKind(),
            new AppStoreKind(),
            new CsvKind());

    private FeedbackFormats() {
    }

    /** The kind of the file, judged from its first bytes. */
    public static FeedbackFormat detect(Path file) {
        return detectKind(FileHead.read(file)).format();
    }

    /** The kind asked for, or (when {@code format} is null) the kind the file's content shows. */
    static FeedbackFileKind kind(Path file, FeedbackFormat format) {
        if (format != null) {
            return KINDS.stream().filter(k -> k.format() == format).findFirst()
                    .orElseThrow(() -> new FeedbackFormatException("Reading " + format.title() + " files is not"
                            + " supported yet"));
        }
        return detectKind(FileHead.read(file));
    }

    private static FeedbackFileKind detectKind(FileHead head) {
        for (FeedbackFileKind kind : KINDS) {
            if (kind.recognises(head)) {
                return kind;
            }
        }
        String name = String.valueOf(head.file().getFileName());
        if (head.isZip()) {
            throw new FeedbackFormatException(name + " is a ZIP archive but not an Excel workbook (.xlsx) ValueBench"
                    + " can read; feedback comes from " + readable());
        }
        if (head.isJson()) {
            throw new FeedbackFormatException(name + " is JSON but not a feedback export ValueBench knows; it reads "
                    + readable() + " (--format names one)");
        }
        throw new FeedbackFormatException(name + " is not a feedback file ValueBench knows; it reads " + readable());
    }

    /** The kinds of file read, for messages: "CSV file, Excel workbook, ...". */
    static String readable() {
        return KINDS.stream().map(k -> k.format().title()).collect(Collectors.joining(", "));
    }
}
