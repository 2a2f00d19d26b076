package org.valuebench.app.feedback;

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

    /**
     * Called once every row is read and checked, before the records are made permanent: building the indexes
     * again and committing take a second or two at a million rows, with no figures to report. A cancel asked
     * for meanwhile still rolls the import back, once that step ends.
     */
    default void finishing(long records) {
        // Nothing to show by default.
    }

    /** Polled as often as progress is reported; true rolls the import back and ends it. */
    boolean isCancelled();
}
