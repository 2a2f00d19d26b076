package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.FormatHints;
import org.valuebench.domain.SurveyColumn;

/**
 * An Excel workbook (.xlsx): a Microsoft Forms or SurveyMonkey export, or a sheet made by hand, in the long format
 * or a survey's layout. Also claims Excel 97-2003 (.xls) and encrypted workbooks, to refuse them with what to do.
 */
final class XlsxKind implements FeedbackFileKind {

    @Override
    public FeedbackFormat format() {
        return FeedbackFormat.XLSX;
    }

    @Override
    public boolean recognises(FileHead head) {
        return head.isZip() && XlsxFileChecks.looksLikeWorkbook(head.bytes()) || XlsxFileChecks.isOle2(head.bytes());
    }

    @Override
    public TabularReader open(Path file, String sheet) {
        return XlsxSheetReader.open(file, sheet);
    }

    /**
     * Microsoft Forms' and SurveyMonkey's own columns: the completion (or end) time is the date and the response's
     * id the respondent. The questions are the user's to map.
     */
    @Override
    public FormatHints hints(List<SurveyColumn> columns) {
        Set<String> labels = columns.stream().map(c -> c.label().strip()).collect(Collectors.toSet());
        if (labels.containsAll(List.of("ID", "Start time", "Completion time", "Email", "Name"))) {
            return new FormatHints("Completion time", "", "", "ID", "", null, "", List.of(), "");
        }
        if (labels.containsAll(List.of("Respondent ID", "Collector ID", "Start Date", "End Date"))) {
            return new FormatHints("End Date", "", "", "Respondent ID", "", null, "", List.of(), "");
        }
        return FormatHints.NONE;
    }

    @Override
    public List<String> sheets(Path file) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.sheets();
        }
    }
}
