package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples Help ▸ Sample feedback files offers are in the build, and copy out of it whole. */
class FeedbackSamplesTest {
    @TempDir
    Path dir;

    /** Each entry of the catalog is shipped where the program reads it (and where the pom puts the tests' samples). */
    @Test
    void everySampleInTheCatalogIsInTheBuild() {
        List<String> missing = FeedbackSamples.all().stream()
                .filter(s -> FeedbackSamples.class.getResource(s.resource()) == null)
                .map(FeedbackSamples.Sample::fileName).toList();
        assertThat(missing).as("samples listed in FeedbackSamples but not in src/test/resources/feedback-samples")
                .isEmpty();
    }

    @Test
    void everySampleInTheFolderIsInTheCatalog() throws IOException {
        Path folder = Path.of("src/test/resources/feedback-samples");
        List<String> listed = FeedbackSamples.all().stream().map(FeedbackSamples.Sample::fileName).toList();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).allSatisfy(name ->
                    assertThat(listed).as("the menu offers every sample").contains(name));
        }
    }

    @Test
    void aCopyHoldsTheSampleByteForByteAndReplacesAnEarlierCopy() throws IOException {
        FeedbackSamples.Sample sample = sample("google-forms.csv");
        Files.writeString(dir.resolve("google-forms.csv"), "an older copy");
        Path copy = FeedbackSamples.copy(sample, dir.resolve("made"));
        copy = FeedbackSamples.copy(sample, dir);
        assertThat(copy).isEqualTo(dir.resolve("google-forms.csv"));
        try (InputStream in = FeedbackSamples.class.getResourceAsStream(sample.resource())) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
        }
        assertThat(dir.resolve("made/google-forms.csv")).exists();
    }

    @Test
    void savingThemAllLeavesTheUsersOwnFilesAsTheyWere() throws IOException {
        Files.writeString(dir.resolve("google-forms.csv"), "mine");
        List<String> kept = FeedbackSamples.saveAll(dir);
        assertThat(kept).containsExactly("google-forms.csv");
        assertThat(dir.resolve("google-forms.csv")).hasContent("mine");
        assertThat(dir.resolve("valuebench-long-format.csv")).exists();
    }

    static FeedbackSamples.Sample sample(String fileName) {
        return FeedbackSamples.all().stream().filter(s -> s.fileName().equals(fileName)).findFirst().orElseThrow();
    }
}
