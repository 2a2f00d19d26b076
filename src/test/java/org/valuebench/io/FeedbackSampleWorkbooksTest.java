package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.io.feedback.FeedbackSources;

/** The committed sample workbooks read as {@link FeedbackSampleWorkbooks} writes them, so they can be remade. */
class FeedbackSampleWorkbooksTest {
    @TempDir
    Path dir;

    @Test
    void theCommittedSamplesHoldWhatTheGeneratorWrites() throws Exception {
        FeedbackSampleWorkbooks.main(new String[] {dir.toString()});
        for (String name : new String[] {FeedbackSampleWorkbooks.MICROSOFT_FORMS, FeedbackSampleWorkbooks.SURVEYMONKEY}) {
            SurveyPreview committed = FeedbackSources.preview(FeedbackWorkbookTest.sample(name), 50, 0);
            SurveyPreview generated = FeedbackSources.preview(dir.resolve(name), 50, 0);
            assertThat(committed.columns()).as(name).isEqualTo(generated.columns());
            assertThat(committed.rows()).as(name).isEqualTo(generated.rows());
            assertThat(committed.sheets()).as(name).isEqualTo(generated.sheets());
        }
    }
}
