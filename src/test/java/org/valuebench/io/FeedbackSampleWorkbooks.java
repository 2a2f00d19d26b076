package org.valuebench.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The sample workbooks in {@code src/test/resources/feedback-samples}, small and made up, laid out as the real
 * tools write them. {@code FeedbackSampleWorkbooksTest} checks the committed files still read as these do;
 * {@code main} writes them again (run from the project folder, e.g. through the test classpath).
 */
public final class FeedbackSampleWorkbooks {
    public static final String MICROSOFT_FORMS = "microsoft-forms.xlsx";
    public static final String SURVEYMONKEY = "surveymonkey.xlsx";

    private FeedbackSampleWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/feedback-samples");
        microsoftForms(folder.resolve(MICROSOFT_FORMS));
        surveyMonkey(folder.resolve(SURVEYMONKEY));
    }

    /**
     * Microsoft Forms' "Open in Excel": sheet "Sheet1", one row per response: ID, Start time, Completion time
     * (Excel dates with a time), Email ("anonymous" when the form does not collect names), Name, then one column
     * per question headed by its text; a rating question holds its number, a text question its answer.
     */
    public static Path microsoftForms(Path file) throws IOException {
        return TestWorkbooks.write(file, workbook -> {
            Sheet sheet = workbook.createSheet("Sheet1");
            TestWorkbooks.row(sheet, 0, "ID", "Start time", "Completion time", "Email", "Name",
                    "How often do you find everything you need in stock?", "How do our prices compare?",
                    "How quick was checkout?", "Anything else you would like to tell us?");
            TestWorkbooks.row(sheet, 1, 1, LocalDateTime.of(2024, 3, 5, 10, 15, 32),
                    LocalDateTime.of(2024, 3, 5, 10, 17, 1), "anonymous", null, 2, 4, 5, "The milk was gone again");
            TestWorkbooks.row(sheet, 2, 2, LocalDateTime.of(2024, 3, 6, 14, 3, 4),
                    LocalDateTime.of(2024, 3, 6, 14, 5, 0), "ana@example.com", "Ana Lima", 4, 3, 2,
                    "Slow tills, long queue");
            TestWorkbooks.row(sheet, 3, 3, LocalDateTime.of(2024, 3, 7, 11, 0, 0),
                    LocalDateTime.of(2024, 3, 7, 11, 2, 0), "anonymous", null, 5, null, 4, null);
        });
    }

    /**
     * SurveyMonkey's Analyze results > Save as > All responses data > XLSX: two header rows (question texts, then
     * "Response", "Open-Ended Response" or each option's label under a matrix question), the respondent's columns
     * first; each answer as its label.
     */
    public static Path surveyMonkey(Path file) throws IOException {
        return TestWorkbooks.write(file, workbook -> {
            Sheet sheet = workbook.createSheet("Sheet");
            TestWorkbooks.row(sheet, 0, "Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                    "Email Address", "First Name", "Last Name", "Custom Data 1", "How would you rate us on...", null,
                    "How likely are you to recommend our checkout to a friend?", "Any other comments?");
            TestWorkbooks.row(sheet, 1, null, null, null, null, null, null, null, null, null,
                    "Keeping items in stock", "Prices", "Response", "Open-Ended Response");
            TestWorkbooks.row(sheet, 2, 114001L, 4301, LocalDateTime.of(2024, 3, 5, 10, 15, 32),
                    LocalDateTime.of(2024, 3, 5, 10, 17, 1), "10.0.0.1", null, null, null, null, "Poor", "Very good",
                    9, null);
            TestWorkbooks.row(sheet, 3, 114002L, 4301, LocalDateTime.of(2024, 3, 6, 14, 3, 4),
                    LocalDateTime.of(2024, 3, 6, 14, 5, 0), "10.0.0.2", null, null, null, null, "Good", "Excellent",
                    3, "Slow tills,\nlong queue");
            TestWorkbooks.row(sheet, 4, 114003L, 4301, LocalDateTime.of(2024, 3, 7, 11, 0, 0),
                    LocalDateTime.of(2024, 3, 7, 11, 2, 0), "10.0.0.3", null, null, null, null, "Very good", null,
                    10, null);
        });
    }
}
