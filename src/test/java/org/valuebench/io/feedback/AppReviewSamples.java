package org.valuebench.io.feedback;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The app-store review samples (as shipped for Help ▸ Sample feedback files) and reading a file as rows. */
final class AppReviewSamples {
    private AppReviewSamples() {
    }

    static Path sample(String name) {
        try {
            return Path.of(AppReviewSamples.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of the file as the kind its content shows reads it, header first. */
    static List<List<String>> rows(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (TabularReader reader = FeedbackFormats.kind(file, null).open(file, "")) {
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(List.copyOf(row));
            }
            reader.contentHash();
        }
        return rows;
    }
}
