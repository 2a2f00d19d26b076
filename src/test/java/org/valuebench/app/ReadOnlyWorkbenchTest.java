package org.valuebench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportProgress;
import org.valuebench.app.strategy.StrategyUseCases;
import org.valuebench.domain.CanvasSummary;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.Item;
import org.valuebench.domain.Section;
import org.valuebench.domain.Voice;

/** A workspace that cannot be written is read as usual, and every write is refused with the reason. */
class ReadOnlyWorkbenchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-06T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Path folder;
    private Path file;
    private long canvasId;
    private long promiseId;

    @BeforeEach
    void aWorkspaceOnReadOnlyMedia() throws IOException {
        folder = Files.createDirectory(dir.resolve("media"));
        file = folder.resolve("ws.db");
        try (Workbench wb = Workbenches.open(file, false, CLOCK)) {
            canvasId = wb.createCanvas("Café").canvas().orElseThrow().canvas().id();
            Change added = wb.addItem(canvasId, Section.FEATURES, "Opens at 6:30", -1);
            Item item = added.canvas().orElseThrow().items().get(0);
            promiseId = item.id();
            wb.updateItem(item.withPromise(true, 5));
            new FeedbackUseCases(wb).add(new Feedback(0, canvasId, promiseId, 4, FeedbackScale.ONE_TO_FIVE,
                    null, Voice.CUSTOMER, "", "", LocalDate.of(2026, 5, 1), "", "Early enough", null));
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void writableAgain() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aReadOnlyWorkspaceIsReadAndEveryWriteIsRefusedWithTheReason() throws IOException {
        Path elsewhere = Files.createDirectory(dir.resolve("out"));
        Path csv = Files.writeString(elsewhere.resolve("more.csv"), "promise,score\nOpens at 6:30,5\n",
                StandardCharsets.UTF_8);
        Path json = elsewhere.resolve("cafe.json");

        try (Workbench wb = Workbenches.open(file, true, CLOCK)) {
            String reason = wb.readOnlyReason().orElseThrow();
            assertThat(reason).startsWith(file + " is in a read-only folder");
            assertThat(wb.library()).extracting(CanvasSummary::name).containsExactly("Café");
            assertThat(new GapUseCases(wb).report(canvasId).promises()).hasSize(1);
            ExchangeUseCases exchange = new ExchangeUseCases(wb);
            exchange.exportJson(canvasId, json, true);
            assertThat(json).isNotEmptyFile();

            FeedbackUseCases feedback = new FeedbackUseCases(wb);
            StrategyUseCases strategy = new StrategyUseCases(wb, new GapUseCases(wb));
            List<ThrowingCallable> writes = List.of(
                    () -> wb.createCanvas("New"),
                    () -> wb.renameCanvas(canvasId, "Renamed"),
                    () -> wb.deleteCanvas(canvasId),
                    () -> wb.addItem(canvasId, Section.NEEDS, "Coffee", -1),
                    () -> wb.deleteItem(promiseId),
                    () -> exchange.importJson(json),
                    () -> feedback.importFile(canvasId, csv, ImportOptions.DEFAULT, ImportProgress.NONE),
                    () -> feedback.delete(feedback.records(canvasId, 0, null, null, 0, 1).get(0).id()),
                    () -> strategy.addFactor(canvasId, "Opening hours", -1));
            for (ThrowingCallable write : writes) {
                assertThatThrownBy(write).isInstanceOf(AppException.class).hasMessage(reason);
            }
            wb.windowMemory().rememberLastCanvas(canvasId);
            assertThat(wb.undoState()).isEqualTo(UndoState.EMPTY);
        }

        assertThat(names(folder)).as("no -wal, -shm or .lock left").containsExactly("ws.db");
        try (Workbench wb = Workbenches.open(file, false, CLOCK)) {
            assertThat(wb.library()).extracting(CanvasSummary::name).containsExactly("Café");
            assertThat(new FeedbackUseCases(wb).count(canvasId)).isEqualTo(1);
            assertThat(wb.windowMemory().lastCanvas()).isEmpty();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
