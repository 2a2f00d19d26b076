package org.valuebench.io.feedback;

/** What every source answers from its table reader: position, size, content hash, and closing. */
abstract class TableFeedbackSource implements FeedbackSource {
    final TabularReader reader;

    TableFeedbackSource(TabularReader reader) {
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
