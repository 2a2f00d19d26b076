package org.valuebench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.valuebench.ui.exchange.FileDropHandler;

/**
 * Files dropped onto the window go where the window sends them: real canvas files and real feedback samples,
 * routed by extension and, for {@code .json}, by content.
 */
class FeedbackDropTest {
    @TempDir
    Path dir;
    private final List<String> handled = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final FileDropHandler drops = new FileDropHandler(messages::add)
            .on("json", "canvas files", file -> handled.add("canvas " + file.getFileName()));

    {
        ValueBenchWindow.dropFeedback(drops, file -> handled.add("feedback " + file.getFileName()));
    }

    private static Path resource(String name) {
        URL url = FeedbackDropTest.class.getResource(name);
        assumeThat(url).as(name + " is not in this build yet").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCanvasFileImportsACanvasEvenWhenCopiedUnderAnotherName() throws IOException {
        Path canvas = resource("/exchange/corner-cafe-v3.json");
        Path renamed = Files.copy(canvas, dir.resolve("responses.json"));
        drops.drop(List.of(canvas, renamed));
        assertThat(handled).containsExactly("canvas corner-cafe-v3.json", "canvas responses.json");
        assertThat(messages).isEmpty();
    }

    @Test
    void csvAndWorkbooksGoToTheFeedbackImport() {
        Path csv = resource("/feedback-samples/google-forms.csv");
        Path longFormat = resource("/feedback-samples/valuebench-long-format.csv");
        drops.drop(List.of(csv, longFormat));
        assertThat(handled).containsExactly("feedback google-forms.csv", "feedback valuebench-long-format.csv");
        Path workbook = resource("/feedback-samples/microsoft-forms.xlsx");
        drops.drop(List.of(workbook));
        assertThat(handled).last().isEqualTo("feedback microsoft-forms.xlsx");
        assertThat(messages).isEmpty();
    }

    /** The JSON exports the feedback kinds read are told from canvases by what they hold. */
    @ParameterizedTest
    @ValueSource(strings = {"app-store-reviews.json", "zendesk-satisfaction-ratings.json", "delighted-responses.json",
            "typeform-responses.json", "qualtrics-responses.json"})
    void aFeedbackJsonGoesToTheFeedbackImport(String sample) {
        drops.drop(List.of(resource("/feedback-samples/" + sample)));
        assertThat(handled).containsExactly("feedback " + sample);
        assertThat(messages).isEmpty();
    }

    @Test
    void jsonNoFeedbackKindClaimsGoesToTheCanvasImportWhichSaysWhatIsWrong() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.json"), "{\"todo\": [\"buy milk\"]}", StandardCharsets.UTF_8);
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"schemaVer", StandardCharsets.UTF_8);
        drops.drop(List.of(notes, cut));
        assertThat(handled).containsExactly("canvas notes.json", "canvas cut.json");
    }

    @Test
    void aFileNobodyHandlesIsNamedInTheOneMessage() throws IOException {
        Path pdf = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7", StandardCharsets.US_ASCII);
        drops.drop(List.of(pdf, resource("/feedback-samples/google-forms.csv")));
        assertThat(handled).containsExactly("feedback google-forms.csv");
        assertThat(messages).containsExactly("Dropping files onto the window imports canvas files (.json) and"
                + " feedback files (.csv, .xlsx, .txt, .json); report.pdf was not imported.");
    }
}
