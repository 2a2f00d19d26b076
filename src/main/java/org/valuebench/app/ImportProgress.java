package org.valuebench.app;

/**
 * Told how an import advances, and asked whether to stop. The import calls it on the thread that runs it
 * (the database thread in the GUI), so a view model hands the figures to its own thread and sets a volatile
 * flag for {@link #isCancelled}.
 */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(long bytesDone, long bytesTotal, long rowsRead) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called every few thousand rows and once at the end. */
    void progress(long bytesDone, long bytesTotal, long rowsRead);

    /** Polled as often as progress is reported; true rolls the import back and ends it. */
    boolean isCancelled();
}
