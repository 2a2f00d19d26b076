package org.valuebench.io.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.valuebench.io.TestWorkbooks;

/** What only the sheet reader shows: a large sheet's merged header found after its rows, and progress. */
class XlsxSheetReaderTest {
    @TempDir
    Path dir;

    @Test
    void mergedHeaderCellsOfASheetTooLargeToScanFirstAreRefusedWhenItsRowsAreDone() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("big.xlsx"), workbook -> {
            var sheet = workbook.createSheet("Sheet1");
            TestWorkbooks.row(sheet, 0, "Question", null, "score");
            TestWorkbooks.row(sheet, 1, "Low prices", "x", 4);
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
        });
        try (XlsxSheetReader reader = XlsxSheetReader.open(file, "", 0)) {
            assertThat(reader.next()).containsExactly("Question", "", "score");
            assertThat(reader.next()).containsExactly("Low prices", "x", "4");
            assertThat(reader.recordNumber()).isEqualTo(2);
            assertThat(reader.bytesRead()).isPositive().isLessThanOrEqualTo(reader.size());
            assertThatThrownBy(reader::next).isInstanceOf(FeedbackFormatException.class)
                    .hasMessageStartingWith("big.xlsx: Sheet1!A1:B1 are merged header cells");
        }
    }

    @Test
    void aMergeBelowTheHeaderRowsIsNoHeader() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("ok.xlsx"), workbook -> {
            var sheet = workbook.createSheet("Sheet1");
            TestWorkbooks.row(sheet, 0, "promise", "score", "comment");
            TestWorkbooks.row(sheet, 1, "Low prices", 4, "fine");
            TestWorkbooks.row(sheet, 2, "Low prices", 5, "a long comment");
            sheet.addMergedRegion(CellRangeAddress.valueOf("C3:D3"));
        });
        try (XlsxSheetReader reader = XlsxSheetReader.open(file, "")) {
            assertThat(reader.next()).isEqualTo(List.of("promise", "score", "comment"));
            reader.next();
            reader.next();
            assertThat(reader.next()).isNull();
            assertThat(reader.bytesRead()).isEqualTo(reader.size());
            assertThat(reader.contentHash()).hasSize(64);
        }
    }
}
