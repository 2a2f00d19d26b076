package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.Change;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;

/** Single feedback records through the one undo history, and the mapping step's helpers. */
class FeedbackUseCasesTest {

    @TempDir
    Path dir;

    private FeedbackTestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new FeedbackTestWorkspace(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void addsEditsAndDeletesRecordsWithUndoAndRedo() {
        long stock = ws.promise("Always in stock");
        Change added = ws.feedback.add(Feedback.draft(0, stock, 2, FeedbackScale.ONE_TO_FIVE)
                .withComment("Empty shelf"));
        assertThat(added.focusItemId()).isEqualTo(stock);
        assertThat(added.undo().undoLabel()).contains("Add feedback");
        Feedback stored = ws.feedback.records(ws.canvasId, stock, FeedbackFilter.NONE, null, 0, 10).get(0);
        assertThat(stored.canvasId()).isEqualTo(ws.canvasId);
        assertThat(ws.gaps.report(ws.canvasId).promise(stock).orElseThrow().delivered()).isEqualTo(2.0);

        Feedback edited = stored.withScore(9, FeedbackScale.ZERO_TO_TEN, 10.0)
                .withSource(Voice.EMPLOYEE, "Observation", "Night shift", LocalDate.of(2024, 4, 1), "S-2");
        assertThat(ws.feedback.update(edited).undo().undoLabel()).contains("Edit feedback");
        assertThat(ws.feedback.find(stored.id())).contains(edited.withSource(Voice.EMPLOYEE, "observation",
                "Night shift", LocalDate.of(2024, 4, 1), "S-2"));
        assertThat(ws.gaps.report(ws.canvasId).promise(stock).orElseThrow().n()).isZero();
        assertThat(ws.gaps.report(ws.canvasId).promise(stock).orElseThrow().voice(Voice.EMPLOYEE).delivered())
                .isEqualTo(4.6);

        ws.feedback.delete(stored.id());
        assertThat(ws.feedback.find(stored.id())).isEmpty();
        ws.workbench.undo();
        assertThat(ws.feedback.find(stored.id()).orElseThrow().voice()).isEqualTo(Voice.EMPLOYEE);
        ws.workbench.undo();
        assertThat(ws.feedback.find(stored.id())).contains(stored);
        assertThat(ws.gaps.report(ws.canvasId).promise(stock).orElseThrow().delivered()).isEqualTo(2.0);
        ws.workbench.undo();
        assertThat(ws.feedback.count(ws.canvasId)).isZero();
        ws.workbench.redo();
        ws.workbench.redo();
        assertThat(ws.feedback.find(stored.id()).orElseThrow().scale()).isEqualTo(FeedbackScale.ZERO_TO_TEN);
    }

    @Test
    void aRecordTypedWithADateBefore1900OrAfter2100IsRefusedLikeAnImportedOne() {
        long stock = ws.promise("Always in stock");
        Feedback yearZero = Feedback.draft(0, stock, 2, FeedbackScale.ONE_TO_FIVE)
                .withSource(Voice.CUSTOMER, "survey", "", LocalDate.of(0, 1, 1), "");
        assertThatThrownBy(() -> ws.feedback.add(yearZero)).isInstanceOf(AppException.class)
                .hasMessageContaining("0000-01-01").hasMessageContaining("outside 1900-01-01 to 2100-12-31");
        assertThat(ws.feedback.count(ws.canvasId)).isZero();

        ws.feedback.add(Feedback.draft(0, stock, 2, FeedbackScale.ONE_TO_FIVE));
        Feedback stored = ws.feedback.records(ws.canvasId, stock, FeedbackFilter.NONE, null, 0, 10).get(0);
        Feedback farFuture = stored.withSource(Voice.CUSTOMER, "survey", "", LocalDate.of(2204, 5, 1), "");
        assertThatThrownBy(() -> ws.feedback.update(farFuture)).isInstanceOf(AppException.class)
                .hasMessageContaining("2204-05-01");
        assertThat(ws.feedback.find(stored.id())).contains(stored);
    }

    @Test
    void feedbackIsGivenOnPromisesOnly() {
        assertThatThrownBy(() -> ws.feedback.add(Feedback.draft(0, ws.promise("Free parking"), 3,
                FeedbackScale.ONE_TO_FIVE))).isInstanceOf(AppException.class).hasMessageContaining("is not a promise");
        assertThatThrownBy(() -> ws.feedback.delete(999)).isInstanceOf(AppException.class)
                .hasMessageContaining("no feedback record 999");
        Change unchanged = ws.feedback.add(Feedback.draft(0, ws.promise("Low prices"), 3, FeedbackScale.ONE_TO_FIVE));
        Feedback stored = ws.feedback.records(ws.canvasId, 0, FeedbackFilter.NONE, null, 0, 1).get(0);
        assertThat(ws.feedback.update(stored).undo()).isEqualTo(unchanged.undo());
    }

    @Test
    void suggestsAMappingFromColumnsNamedLikeThePromises() throws Exception {
        Path export = dir.resolve("form.csv");
        Files.writeString(export, """
                Timestamp,Email address,Always in stock,How would you rate our low prices?,Likely to recommend us?,Which store?,Any comments?
                3/5/2024 10:15:32,a@example.org,4,6,9,Northgate,Fine
                3/6/2024 9:01:10,b@example.org,5,7,10,Riverside,
                """);
        SurveyPreview preview = ws.feedback.preview(export, 5, 0);
        Optional<SurveyMapping> suggested = ws.feedback.suggestMapping(ws.canvasId, preview);
        SurveyMapping mapping = suggested.orElseThrow();
        assertThat(mapping.questions()).containsExactly(
                SurveyQuestion.of("Always in stock", "Always in stock", FeedbackScale.ONE_TO_FIVE),
                SurveyQuestion.of("How would you rate our low prices?", "Low prices", FeedbackScale.ONE_TO_SEVEN));
        assertThat(mapping.dateColumn()).isEqualTo("Timestamp");
        assertThat(mapping.dateFormat()).isEqualTo("M/d/yyyy H:mm:ss");
        assertThat(mapping.respondentColumn()).isEqualTo("Email address");
        assertThat(mapping.segmentColumn()).isEqualTo("Which store?");
        assertThat(mapping.commentColumn()).isEqualTo("Any comments?");

        Path saved = dir.resolve("form.mapping.json");
        ws.feedback.writeMapping(mapping, saved);
        assertThat(ws.feedback.readMapping(saved)).isEqualTo(mapping);
        ImportOutcome outcome = ws.feedback.importFile(ws.canvasId, export, ImportOptions.DEFAULT.withMapping(mapping),
                ImportProgress.NONE);
        assertThat(outcome.imported()).isEqualTo(4);
        assertThat(ws.feedback.records(ws.canvasId, 0, FeedbackFilter.NONE, null, 0, 10))
                .extracting(Feedback::date).containsOnly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6));

        Path unrelated = dir.resolve("other.csv");
        Files.writeString(unrelated, "Name,Colour\nAnn,Blue\n");
        assertThat(ws.feedback.suggestMapping(ws.canvasId, ws.feedback.preview(unrelated, 5, 0))).isEmpty();
    }

    @Test
    @Tag("sqlite-only") // a team workspace has no file beside which a mapping could be saved
    void savingAMappingOntoTheOpenWorkspaceOrItsLogIsRefusedAndNeverTouchesAFileNamedLikeItsOldTemporary()
            throws IOException {
        SurveyMapping mapping = new SurveyMapping(1, "Timestamp", "", "", "", "", Voice.CUSTOMER, "survey",
                List.of(SurveyQuestion.of("#3", "Low prices", FeedbackScale.ONE_TO_FIVE)));
        byte[] before = Files.readAllBytes(ws.file);
        for (Path target : List.of(ws.file, dir.resolve("workspace.db-wal"), dir.resolve("workspace.db.lock"))) {
            assertThatThrownBy(() -> ws.feedback.writeMapping(mapping, target)).isInstanceOf(AppException.class)
                    .hasMessageContaining(target.getFileName().toString()).hasMessageContaining("open workspace");
        }
        assertThat(Files.readAllBytes(ws.file)).isEqualTo(before);
        assertThat(ws.workbench.library()).isNotEmpty();

        Path mine = Files.writeString(dir.resolve("form.mapping.json.tmp"), "the user's own file");
        ws.feedback.writeMapping(mapping, dir.resolve("form.mapping.json"));
        assertThat(mine).hasContent("the user's own file");
        assertThat(ws.feedback.readMapping(dir.resolve("form.mapping.json"))).isEqualTo(mapping);
    }

    @Test
    void refusesADateFormatThatIsNotAPattern() {
        SurveyMapping mapping = new SurveyMapping(1, "Timestamp", "yyyy-MM-dd {", "", "", "", Voice.CUSTOMER, "survey",
                List.of(SurveyQuestion.of("#3", "Low prices", FeedbackScale.ONE_TO_FIVE)));
        assertThatThrownBy(() -> ws.feedback.importFile(ws.canvasId, FeedbackTestWorkspace.fixture("google-forms.csv"),
                ImportOptions.DEFAULT.withMapping(mapping), ImportProgress.NONE)).isInstanceOf(AppException.class)
                .hasMessageContaining("The date format 'yyyy-MM-dd {' is not a valid pattern");
    }
}
