package org.valuebench.app.feedback;

import java.nio.file.Path;
import org.valuebench.io.CanvasFiles;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackFormats;

/** Which files are feedback exports, told from their content: for files dropped onto the window. */
public final class FeedbackFiles {
    private FeedbackFiles() {
    }

    /**
     * True when the file is not a ValueBench canvas file and one of the kinds of feedback file recognises it
     * (for a {@code .json}: App Store Connect, Zendesk, Delighted, Typeform or Qualtrics).
     */
    public static boolean isFeedbackExport(Path file) {
        if (CanvasFiles.isCanvasFile(file)) {
            return false;
        }
        try {
            FeedbackFormats.detect(file);
            return true;
        } catch (FeedbackFormatException e) {
            // No kind claims it: not a feedback export this build reads.
            return false;
        }
    }
}
