package org.valuebench.app.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.app.AppException;
import org.valuebench.app.FeedbackTestWorkspace;
import org.valuebench.domain.Feedback;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FeedbackScale;
import org.valuebench.domain.SurveyMapping;
import org.valuebench.domain.SurveyQuestion;
import org.valuebench.domain.Voice;
import org.valuebench.io.FeedbackSampleWorkbooks;
import org.valuebench.io.TestWorkbooks;

/** Excel workbooks imported into a real workspace, end to end: the long format, survey exports, a refused sheet. */
class WorkbookImportTest {
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

    static Path sample(String name) {
        try {
            return Path.of(WorkbookImportTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportOutcome importFile(Path file, ImportOptions options) {
        return ws.feedback.importFile(ws.canvasId, file, options, ImportProgress.NONE);
    }

    private List<Feedback> all() {
        List<Feedback> records = new ArrayList<>(ws.feedback.records(ws.canvasId, 0, FeedbackFilter.NONE, null, 0,
                1000));
        records.sort((a, b) -> Long.compare(a.id(), b.id()));
        return records;
    }

    private Path longSheet(String name, Object[]... rows) throws IOException {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = new Object[] {"promise", "score", "date", "comment"};
        System.arraycopy(rows, 0, all, 1, rows.length);
        return TestWorkbooks.sheet(dir.resolve(name), "Sheet1", all);
    }

    @Test
    void importsALongFormatSheetWithItsDatesAndScores() throws IOException {
        Path file = longSheet("responses.xlsx",
                new Object[] {"Always in stock", 2, LocalDate.of(2024, 1, 10), "Shelf was empty"},
                new Object[] {"Low prices", new TestWorkbooks.Shown(4, "0.00"), LocalDate.of(2024, 2, 3), null},
                new Object[] {"Quick checkout", 3.5, LocalDate.of(2024, 2, 28), "Tills were busy"});
        ImportOutcome outcome = importFile(file, ImportOptions.DEFAULT);
        assertThat(outcome.imported()).isEqualTo(3);
        assertThat(outcome.stored().fileName()).isEqualTo("responses.xlsx");
        assertThat(outcome.stored().contentHash()).hasSize(64);
        List<Feedback> records = all();
        assertThat(records).extracting(Feedback::score).containsExactly(2.0, 4.0, 3.5);
        assertThat(records).extracting(Feedback::date).containsExactly(LocalDate.of(2024, 1, 10),
                LocalDate.of(2024, 2, 3), LocalDate.of(2024, 2, 28));
        assertThat(records.get(0).promiseItemId()).isEqualTo(ws.promise("Always in stock"));
        assertThat(records.get(2).comment()).isEqualTo("Tills were busy");
        // The same workbook again is the same content.
        assertThatThrownBy(() -> importFile(file, ImportOptions.DEFAULT)).isInstanceOf(AppException.class)
                .hasMessageContaining("already imported");
    }

    @Test
    void importsAChosenSheetAndRefusesAnUnknownOne() throws IOException {
        Path file = TestWorkbooks.write(dir.resolve("two.xlsx"), workbook -> {
            TestWorkbooks.row(workbook.createSheet("Notes"), 0, "Just notes");
            var data = workbook.createSheet("Data");
            TestWorkbooks.row(data, 0, "promise", "score");
            TestWorkbooks.row(data, 1, "Low prices", 5);
        });
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(file, ImportOptions.DEFAULT.withSheet("Answers")))
                .isInstanceOf(AppException.class).hasMessageContaining("two.xlsx has no sheet 'Answers'; its sheets:"
                        + " 'Notes', 'Data'");
        assertThat(ws.dump()).isEqualTo(before);
        ImportOutcome outcome = importFile(file, ImportOptions.DEFAULT.withSheet("Data")
                .withFormat(FeedbackFormat.XLSX));
        assertThat(outcome.imported()).isEqualTo(1);
    }

    @Test
    void importsTheSurveyMonkeySampleThroughAMapping() {
        Map<String, Double> labels = Map.of("Poor", 1.0, "Fair", 2.0, "Good", 3.0, "Very good", 4.0, "Excellent", 5.0);
        SurveyMapping mapping = new SurveyMapping(2, "Start Date", "", "", "Respondent ID", "Any other comments?",
                Voice.CUSTOMER, "survey", List.of(
                        new SurveyQuestion("How would you rate us on... - Keeping items in stock", "Always in stock",
                                FeedbackScale.ONE_TO_FIVE, "", "", labels),
                        new SurveyQuestion("How would you rate us on... - Prices", "Low prices",
                                FeedbackScale.ONE_TO_FIVE, "", "", labels),
                        new SurveyQuestion("How likely are you to recommend our checkout to a friend?",
                                "Quick checkout", FeedbackScale.ZERO_TO_TEN, "", "", Map.of())));
        ImportOutcome outcome = importFile(sample(FeedbackSampleWorkbooks.SURVEYMONKEY),
                ImportOptions.DEFAULT.withMapping(mapping));
        assertThat(outcome.imported()).isEqualTo(8);
        List<Feedback> records = all();
        assertThat(records).extracting(Feedback::respondent).contains("114001", "114002", "114003");
        assertThat(records).extracting(Feedback::date).contains(LocalDate.of(2024, 3, 6));
        assertThat(records).extracting(Feedback::comment).contains("Slow tills,\nlong queue");
    }

    @Test
    void importsTheMicrosoftFormsSampleThroughAMapping() {
        SurveyMapping mapping = new SurveyMapping(1, "Completion time", "", "", "ID",
                "Anything else you would like to tell us?", Voice.CUSTOMER, "survey", List.of(
                        new SurveyQuestion("How often do you find everything you need in stock?", "Always in stock",
                                FeedbackScale.ONE_TO_FIVE, "", "", Map.of()),
                        new SurveyQuestion("How quick was checkout?", "Quick checkout", FeedbackScale.ONE_TO_FIVE,
                                "", "", Map.of())));
        ImportOutcome outcome = importFile(sample(FeedbackSampleWorkbooks.MICROSOFT_FORMS),
                ImportOptions.DEFAULT.withMapping(mapping));
        assertThat(outcome.imported()).isEqualTo(6);
        assertThat(all()).extracting(Feedback::date).containsOnly(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 6),
                LocalDate.of(2024, 3, 7));
    }

    @Test
    void aTextWhereAScoreShouldBeIsRefusedNamingItsCell() throws IOException {
        Path file = longSheet("responses.xlsx",
                new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null},
                new Object[] {"Low prices", "four", LocalDate.of(2024, 1, 11), null});
        List<String> before = ws.dump();
        FeedbackImportRejectedException refused = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(file, ImportOptions.DEFAULT));
        assertThat(refused.report().lines()).containsExactly("Sheet1!B3: score 'four' is not a number");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aTextWhereASurveysRatingShouldBeIsRefusedNamingItsCellAndQuestion() throws IOException {
        String question = "How quick was checkout?";
        Path file = TestWorkbooks.sheet(dir.resolve("forms.xlsx"), "Sheet1",
                new Object[] {"ID", "Start time", "Completion time", "Email", "Name", question},
                new Object[] {1, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5), "anonymous", null, 4},
                new Object[] {2, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 6), "anonymous", null, "five"});
        SurveyMapping mapping = new SurveyMapping(1, "Completion time", "", "", "ID", "", Voice.CUSTOMER, "survey",
                List.of(new SurveyQuestion(question, "Quick checkout", FeedbackScale.ONE_TO_FIVE, "", "", Map.of())));
        List<String> before = ws.dump();
        FeedbackImportRejectedException refused = catchThrowableOfType(FeedbackImportRejectedException.class,
                () -> importFile(file, ImportOptions.DEFAULT.withMapping(mapping)));
        assertThat(refused.report().lines()).containsExactly("Sheet1!F3, question '" + question
                + "': score 'five' is not a number");
        assertThat(ws.dump()).isEqualTo(before);
    }

    @Test
    void aFormulaCellIsRefusedNamingItsCellAndFormula() throws IOException {
        Path file = TestWorkbooks.sheet(dir.resolve("responses.xlsx"), "Sheet1",
                new Object[] {"promise", "score", "expectation"},
                new Object[] {"Low prices", 4, 5},
                new Object[] {"Low prices", 2, new TestWorkbooks.Formula("AVERAGE(B2:B3)")});
        refusedWithNothingWritten(file, "responses.xlsx: Sheet1!C3 holds a formula (=AVERAGE(B2:B3)); ValueBench"
                + " imports values only: copy the sheet and paste values");
    }

    @Test
    void mergedHeaderCellsAreRefusedInThePreviewAndTheImport() throws IOException {
        Path file = TestWorkbooks.write(dir.resolve("merged.xlsx"), workbook -> {
            var sheet = workbook.createSheet("Sheet1");
            TestWorkbooks.row(sheet, 0, "promise", "score", null);
            // More rows than the preview reads, so only a scan before the rows finds the merge there.
            for (int i = 1; i <= 50; i++) {
                TestWorkbooks.row(sheet, i, "Low prices", 4, 5);
            }
            sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf("B1:C1"));
        });
        refusedWithNothingWritten(file, "merged.xlsx: Sheet1!B1:C1 are merged header cells");
        assertThatThrownBy(() -> ws.feedback.preview(file, 10, 0)).hasMessageContaining("Sheet1!B1:C1 are merged");
    }

    @Test
    void anEmptySheetIsRefusedByName() throws IOException {
        Path file = TestWorkbooks.write(dir.resolve("responses.xlsx"), workbook -> {
            workbook.createSheet("Sheet1");
            TestWorkbooks.row(workbook.createSheet("Sheet2"), 0, "promise", "score");
        });
        refusedWithNothingWritten(file, "Sheet1 of responses.xlsx is empty");
    }

    @Test
    void aTruncatedWorkbookIsRefused() throws IOException {
        Path whole = longSheet("whole.xlsx", new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null});
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("responses.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refusedWithNothingWritten(file, "responses.xlsx is truncated or damaged");
    }

    @Test
    void aZipBombIsRefusedFromItsDeclaredSizesBeforeItIsUnpacked() throws IOException {
        Path whole = longSheet("whole.xlsx", new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null});
        Path file = dir.resolve("bomb.xlsx");
        // The sheet's XML padded with 30 MB of spaces: valid XML that inflates 1000 times its packed size.
        XlsxTestZips.replaceEntry(whole, file, "xl/worksheets/sheet1.xml", out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
            for (int i = 0; i < 30; i++) {
                out.write(spaces);
            }
            out.write("<sheetData/></worksheet>".getBytes());
        });
        assertThat(Files.size(file)).isLessThan(200_000);
        refusedWithNothingWritten(file, "bomb.xlsx is refused as a possible ZIP bomb: its part"
                + " xl/worksheets/sheet1.xml would unpack from");
    }

    @Test
    void aDamagedSheetIsRefusedNamingTheSheetAndRow() throws IOException {
        Path whole = longSheet("whole.xlsx", new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null});
        String start = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>promise</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>score</t></is></c></row>";
        Path broken = XlsxTestZips.replaceEntry(whole, dir.resolve("broken.xlsx"), "xl/worksheets/sheet1.xml",
                out -> out.write((start + "<row r=\"2\"><c r=\"A2\"><v>4</v></row></sheetData></worksheet>")
                        .getBytes(StandardCharsets.UTF_8)));
        // A small sheet is read once before its rows (for merged header cells): the sheet is named, not the row.
        refusedWithNothingWritten(broken, "broken.xlsx: Sheet1 cannot be read, the workbook is damaged (ParseError");
        Path numbered = XlsxTestZips.replaceEntry(whole, dir.resolve("numbered.xlsx"), "xl/worksheets/sheet1.xml",
                out -> out.write((start + "<row r=\"two\"><c><v>4</v></c></row></sheetData></worksheet>")
                        .getBytes(StandardCharsets.UTF_8)));
        refusedWithNothingWritten(numbered, "numbered.xlsx: Sheet1 is damaged: a row is numbered 'two'");
    }

    @Test
    void aZipBombWhoseDirectoryLiesAboutItsSizeIsStoppedWhileItInflates() throws IOException {
        Path whole = longSheet("whole.xlsx", new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null});
        Path bomb = XlsxTestZips.replaceEntry(whole, dir.resolve("liar.xlsx"), "xl/worksheets/sheet1.xml", out -> {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes());
            for (int i = 0; i < 30; i++) {
                out.write(spaces);
            }
            out.write("<sheetData/></worksheet>".getBytes());
        });
        XlsxTestZips.declareSize(bomb, "xl/worksheets/sheet1.xml", 1000);
        refusedWithNothingWritten(bomb, "liar.xlsx is refused as a possible ZIP bomb: a part unpacks to more than its"
                + " limits allow");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("responses.zip");
        XlsxTestZips.write(file, Map.of("responses.csv", "promise,score\nLow prices,4\n"));
        refusedWithNothingWritten(file, "responses.zip is a ZIP archive but not an Excel workbook");
        Path forced = dir.resolve("forced.xlsx");
        XlsxTestZips.write(forced, Map.of("responses.csv", "promise,score\nLow prices,4\n"));
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(forced, ImportOptions.DEFAULT.withFormat(FeedbackFormat.XLSX)))
                .isInstanceOf(AppException.class).hasMessageContaining("forced.xlsx is a ZIP archive but not an"
                        + " Excel workbook (.xlsx)");
        assertThat(ws.dump()).isEqualTo(before);
        // A Word document is an Office ZIP too, but holds no workbook.
        Path document = dir.resolve("notes.docx");
        XlsxTestZips.write(document, Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<document/>"));
        refusedWithNothingWritten(document, "notes.docx is a ZIP archive but not an Excel workbook (.xlsx): it has"
                + " no workbook inside");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithHowToSaveItAsXlsx() throws IOException {
        Path file = dir.resolve("responses.xls");
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out =
                Files.newOutputStream(file)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("promise");
            workbook.write(out);
        }
        refusedWithNothingWritten(file, "responses.xls is an Excel 97-2003 workbook (.xls) or another old Office"
                + " file, which ValueBench does not read: open it in Excel and save it as Excel Workbook (.xlsx)");
    }

    @Test
    void anEncryptedWorkbookIsRefusedWithHowToRemoveThePassword() throws Exception {
        Path plain = longSheet("plain.xlsx", new Object[] {"Low prices", 4, LocalDate.of(2024, 1, 10), null});
        Path file = XlsxTestZips.encrypt(plain, dir.resolve("secret.xlsx"));
        refusedWithNothingWritten(file, "secret.xlsx is an encrypted (password-protected) workbook");
    }

    private void refusedWithNothingWritten(Path file, String message) {
        List<String> before = ws.dump();
        assertThatThrownBy(() -> importFile(file, ImportOptions.DEFAULT)).isInstanceOf(AppException.class)
                .hasMessageContaining(message).hasMessageNotContaining("Exception");
        assertThat(ws.dump()).isEqualTo(before);
        assertThat(ws.feedback.imports(ws.canvasId)).isEmpty();
    }
}
