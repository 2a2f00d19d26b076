package org.valuebench.io.feedback;

import java.nio.file.Path;
import org.valuebench.domain.FeedbackFormat;

/** Any CSV file: ValueBench's long format or a survey export read through a mapping; what no other kind claims. */
final class CsvKind implements FeedbackFileKind {

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.CSV;
    }

    @Override
    public boolean recognises(FileHead head) {
        return !head.isZip() && !head.isJson();
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return CsvRecordReader.open(file);
    }
}
