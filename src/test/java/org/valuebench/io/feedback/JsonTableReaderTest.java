package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTableReaderTest {
    @TempDir
    Path dir;

    private static final JsonTableReader.Flattener EVERY_FIELD = (record, place) -> {
        Map<String, String> fields = new LinkedHashMap<>();
        record.fields().forEachRemaining(e -> fields.put(e.getKey(), JsonTableReader.text(e.getValue())));
        return fields;
    };

    private List<List<String>> rows(Path file, List<String> path) {
        List<List<String>> rows = new ArrayList<>();
        try (JsonTableReader reader = JsonTableReader.open(file, path, EVERY_FIELD)) {
            List<String> row;
            while ((row = reader.next()) != null) {
                rows.add(List.copyOf(row));
            }
            assertThat(reader.contentHash()).hasSize(64);
            assertThat(reader.bytesRead()).isEqualTo(reader.size());
        }
        return rows;
    }

    @Test
    void recordsOfANestedArrayBecomeRowsUnderTheUnionOfTheirFields() throws Exception {
        Path file = dir.resolve("export.json");
        Files.writeString(file, "{\"meta\": {\"skip\": [1, 2]}, \"data\": [\n"
                + "  {\"rating\": 4, \"body\": \"Good\"},\n"
                + "  {\"rating\": 2.50, \"title\": \"Meh\", \"body\": null}\n"
                + "], \"links\": {}}");
        assertThat(rows(file, List.of("data"))).containsExactly(
                List.of("rating", "body", "title"),
                List.of("4", "Good", ""),
                List.of("2.5", "", "Meh"));
    }

    @Test
    void aRootArrayInUtf16WithAByteOrderMarkIsRead() throws Exception {
        Path file = dir.resolve("root.json");
        Files.write(file, "\uFEFF[{\"score\": 9, \"comment\": \"Très bien\"}]".getBytes(StandardCharsets.UTF_16LE));
        assertThat(rows(file, List.of())).containsExactly(List.of("score", "comment"), List.of("9", "Très bien"));
    }

    @Test
    void aTruncatedFileIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"data\": [\n {\"rating\": 4},\n {\"rating\": ");
        assertThatThrownBy(() -> rows(file, List.of("data"))).isInstanceOf(FeedbackFormatException.class)
                .hasMessageStartingWith("cut.json line 3: ");
    }

    @Test
    void aFileWithoutTheArrayIsRefusedNamingIt() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"items\": []}");
        assertThatThrownBy(() -> rows(file, List.of("data"))).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("other.json line 1: expected \"data\" to be an array of records");
    }

    @Test
    void anElementThatIsNotARecordIsRefused() throws Exception {
        Path file = dir.resolve("numbers.json");
        Files.writeString(file, "[{\"a\": 1},\n 5]");
        assertThatThrownBy(() -> rows(file, List.of())).isInstanceOf(FeedbackFormatException.class)
                .hasMessageContaining("numbers.json line 2: expected a record (a JSON object) in the file, found 5");
    }
}
