package org.valuebench.io.feedback;

import java.nio.file.Path;
import java.util.List;
import org.valuebench.domain.FeedbackFormat;

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

    @Override
    public List<String> sheets(Path file) {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            return workbook.sheets();
        }
    }
}
