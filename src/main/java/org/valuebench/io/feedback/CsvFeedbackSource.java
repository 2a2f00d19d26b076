package org.valuebench.io.feedback;

/** What every CSV-backed source answers from its reader: position, size, content hash, and closing. */
abstract class CsvFeedbackSource implements FeedbackSource {
    final CsvRecordReader reader;

    CsvFeedbackSource(CsvRecordReader reader) {
        this.reader = reader;
    }

    @Override
    public final long bytesRead() {
        return reader.bytesRead();
    }

    @Override
    public final String contentHash() {
        return reader.contentHash();
    }

    @Override
    public final long size() {
        return reader.size();
    }

    @Override
    public final void close() {
        reader.close();
    }
}
