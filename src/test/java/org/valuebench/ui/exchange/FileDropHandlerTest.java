package org.valuebench.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDropHandlerTest {
    @TempDir
    Path dir;
    private final List<String> handled = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final FileDropHandler drops = new FileDropHandler(messages::add)
            .on("json", "canvas files", file -> handled.add("canvas " + file.getFileName()));

    @Test
    void importsCanvasFilesInTheOrderDroppedWhateverTheCase() {
        drops.drop(List.of(dir.resolve("a.json"), dir.resolve("B.JSON")));
        assertThat(handled).containsExactly("canvas a.json", "canvas B.JSON");
        assertThat(messages).isEmpty();
    }

    @Test
    void namesEveryOtherFileInOneMessageAndStillImportsTheCanvases() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("exports.json"));
        drops.drop(List.of(dir.resolve("report.pdf"), dir.resolve("a.json"), dir.resolve("notes"), folder));
        assertThat(handled).containsExactly("canvas a.json");
        assertThat(messages).containsExactly("Dropping files onto the window imports canvas files (.json);"
                + " report.pdf, notes, exports.json (a folder) were not imported.");
    }

    @Test
    void otherKindsRegisterTheirOwnExtension() {
        drops.on("csv", "feedback files", file -> handled.add("feedback " + file.getFileName()));
        drops.drop(List.of(dir.resolve("scores.csv"), dir.resolve("x.txt")));
        assertThat(handled).containsExactly("feedback scores.csv");
        assertThat(messages).containsExactly("Dropping files onto the window imports canvas files (.json) and"
                + " feedback files (.csv); x.txt was not imported.");
    }
}
