package org.valuebench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.SurveyPreview;
import org.valuebench.domain.SurveyShape;
import org.valuebench.io.TestWorkbooks.Shown;
import org.valuebench.io.feedback.FeedbackCandidate;
import org.valuebench.io.feedback.FeedbackField;
import org.valuebench.io.feedback.FeedbackFormatException;
import org.valuebench.io.feedback.FeedbackFormats;
import org.valuebench.io.feedback.FeedbackSource;
import org.valuebench.io.feedback.FeedbackSources;

/** Excel workbooks read as feedback: values as Excel stores them, the sheet chosen, the tools' layouts. */
class FeedbackWorkbookTest {
    @TempDir
    Path dir;

    static Path sample(String name) {
        try {
            return Path.of(FeedbackWorkbookTest.class.getResource("/feedback-samples/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<FeedbackCandidate> read(Path file, String sheet) {
        List<FeedbackCandidate> rows = new ArrayList<>();
        try (FeedbackSource source = FeedbackSources.open(file, null, sheet, null)) {
            FeedbackCandidate row;
            while ((row = source.next()) != null) {
                rows.add(row);
            }
            assertThat(source.contentHash()).hasSize(64);
            assertThat(source.bytesRead()).isEqualTo(source.size());
        }
        return rows;
    }

    @Test
    void isToldFromItsContentWhateverItsName() throws Exception {
        Path file = TestWorkbooks.sheet(dir.resolve("responses.csv"), "Sheet1", new Object[] {"promise", "score"});
        assertThat(FeedbackFormats.detect(file)).isEqualTo(FeedbackFormat.XLSX);
    }

    @Test
    void valuesAreReadAsExcelStoresThemNotAsItShowsThem() throws Exception {
        Path file = TestWorkbooks.sheet(dir.resolve("long.xlsx"), "Sheet1",
                new Object[] {"promise", "score", "date", "respondent", "comment", "segment"},
                new Object[] {"Low prices", new Shown(4, "0.00"), LocalDate.of(2024, 3, 5), 114268542011L,
                    "Fine", true},
                new Object[] {"Low prices", 3.5, LocalDateTime.of(2024, 2, 3, 10, 15, 0), new Shown(0.0015, "0%"),
                    "Slow tills,\nlong queue", false},
                new Object[] {"Quick checkout", new Shown(1.0E20, "0.00E+00"), LocalDate.of(1900, 3, 1), -2,
                    "   ", null});
        List<FeedbackCandidate> rows = read(file, "");
        assertThat(rows).extracting(FeedbackCandidate::score).containsExactly("4", "3.5", "100000000000000000000");
        assertThat(rows).extracting(FeedbackCandidate::date)
                .containsExactly("2024-03-05", "2024-02-03T10:15:00", "1900-03-01");
        assertThat(rows).extracting(FeedbackCandidate::respondent).containsExactly("114268542011", "0.0015", "-2");
        assertThat(rows).extracting(FeedbackCandidate::comment).containsExactly("Fine", "Slow tills,\nlong queue",
                "   ");
        assertThat(rows).extracting(FeedbackCandidate::segment).containsExactly("TRUE", "FALSE", "");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(2L, 3L, 4L);
        assertThat(rows.get(1).cells().of(FeedbackField.SCORE)).isEqualTo("Sheet1!B3");
    }

    @Test
    void datesAroundExcelsPhantom29February1900AndTimesOfDayAreTheDaysAndTimesExcelShows() throws Exception {
        Path file = TestWorkbooks.sheet(dir.resolve("dates.xlsx"), "Sheet1",
                new Object[] {"promise", "score", "date", "comment"},
                new Object[] {"Low prices", 4, LocalDate.of(1900, 1, 1), new Shown(0.5, "h:mm")},
                new Object[] {"Low prices", 4, LocalDate.of(1900, 2, 28), new Shown(0.75, "h:mm:ss")},
                new Object[] {"Low prices", 4, new Shown(45356.999999, "yyyy-mm-dd hh:mm"), null});
        List<FeedbackCandidate> rows = read(file, "");
        // 23:59:59.91 on 5 March rounds to the second: midnight, 6 March (as Excel shows it).
        assertThat(rows).extracting(FeedbackCandidate::date).containsExactly("1900-01-01", "1900-02-28",
                "2024-03-06");
        assertThat(rows).extracting(FeedbackCandidate::comment).containsExactly("12:00:00", "18:00:00", "");
    }

    @Test
    void datesOfA1904WorkbookAreTheSameDays() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("mac.xlsx"), workbook -> {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            Sheet sheet = workbook.createSheet("Sheet1");
            TestWorkbooks.row(sheet, 0, "promise", "score", "date");
            TestWorkbooks.row(sheet, 1, "Low prices", 4, LocalDate.of(2024, 3, 5));
            TestWorkbooks.row(sheet, 2, "Low prices", 4, LocalDateTime.of(2023, 12, 31, 23, 59, 59));
        });
        assertThat(read(file, "")).extracting(FeedbackCandidate::date)
                .containsExactly("2024-03-05", "2023-12-31T23:59:59");
    }

    @Test
    void blankRowsAreSkippedAndRowsKeepTheSheetsNumbers() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("gaps.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("Data");
            TestWorkbooks.row(sheet, 2, null, "promise", "score");
            TestWorkbooks.row(sheet, 3, null, "", "");
            TestWorkbooks.row(sheet, 6, null, "Low prices", 4);
        });
        List<FeedbackCandidate> rows = read(file, "");
        assertThat(rows).extracting(FeedbackCandidate::row).containsExactly(7L);
        assertThat(rows.get(0).cells().of(FeedbackField.SCORE)).isEqualTo("Data!C7");
    }

    @Test
    void theFirstSheetIsReadUnlessAnotherIsChosenAndAnUnknownSheetIsNamedWithTheSheetsThereAre() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("two.xlsx"), workbook -> {
            TestWorkbooks.row(workbook.createSheet("Summary"), 0, "promise", "score");
            workbook.getSheet("Summary").getRow(0);
            TestWorkbooks.row(workbook.getSheet("Summary"), 1, "Low prices", 1);
            Sheet responses = workbook.createSheet("My responses");
            TestWorkbooks.row(responses, 0, "promise", "score");
            TestWorkbooks.row(responses, 1, "Quick checkout", 5);
        });
        assertThat(read(file, "")).extracting(FeedbackCandidate::promise).containsExactly("Low prices");
        List<FeedbackCandidate> chosen = read(file, "my responses");
        assertThat(chosen).extracting(FeedbackCandidate::promise).containsExactly("Quick checkout");
        assertThat(chosen.get(0).cells().of(FeedbackField.SCORE)).isEqualTo("'My responses'!B2");
        assertThatThrownBy(() -> read(file, "Answers")).isInstanceOf(FeedbackFormatException.class)
                .hasMessage("two.xlsx has no sheet 'Answers'; its sheets: 'Summary', 'My responses'");

        SurveyPreview preview = FeedbackSources.preview(file, null, "", 10, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.XLSX);
        assertThat(preview.sheets()).containsExactly("Summary", "My responses");
        assertThat(preview.sheet()).isEqualTo("Summary");
        assertThat(FeedbackSources.preview(file, null, "My responses", 10, 0).rows())
                .containsExactly(List.of("Quick checkout", "5"));
    }

    @Test
    void readsAMicrosoftFormsExport() {
        SurveyPreview preview = FeedbackSources.preview(sample(FeedbackSampleWorkbooks.MICROSOFT_FORMS), 10, 0);
        assertThat(preview.format()).isEqualTo(FeedbackFormat.XLSX);
        assertThat(preview.kind()).isEqualTo("Excel workbook, sheet 'Sheet1'");
        assertThat(preview.headerRows()).isEqualTo(1);
        assertThat(preview.columns().stream().map(c -> c.label()).toList()).startsWith("ID", "Start time",
                "Completion time", "Email", "Name", "How often do you find everything you need in stock?");
        assertThat(preview.hints().dateColumn()).isEqualTo("Completion time");
        assertThat(preview.hints().respondentColumn()).isEqualTo("ID");
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(0)).containsExactly("1", "2024-03-05T10:15:32", "2024-03-05T10:17:01",
                "anonymous", "", "2", "4", "5", "The milk was gone again");
        assertThat(preview.rows().get(2)).containsExactly("3", "2024-03-07T11:00:00", "2024-03-07T11:02:00",
                "anonymous", "", "5", "", "4", "");
    }

    @Test
    void readsASurveyMonkeyExportWithItsTwoHeaderRows() {
        SurveyPreview preview = FeedbackSources.preview(sample(FeedbackSampleWorkbooks.SURVEYMONKEY), 10, 0);
        assertThat(preview.shape()).isEqualTo(SurveyShape.SURVEY_MONKEY);
        assertThat(preview.headerRows()).isEqualTo(2);
        assertThat(preview.columns().stream().map(c -> c.label()).toList()).contains("Respondent ID", "Custom Data 1",
                "How would you rate us on... - Keeping items in stock", "How would you rate us on... - Prices",
                "How likely are you to recommend our checkout to a friend?", "Any other comments?");
        assertThat(preview.hints().dateColumn()).isEqualTo("End Date");
        assertThat(preview.hints().respondentColumn()).isEqualTo("Respondent ID");
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(1)).containsExactly("114002", "4301", "2024-03-06T14:03:04",
                "2024-03-06T14:05:00", "10.0.0.2", "", "", "", "", "Good", "Excellent", "3", "Slow tills,\nlong queue");
    }
}
