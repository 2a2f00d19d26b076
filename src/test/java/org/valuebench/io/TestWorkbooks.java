package org.valuebench.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx workbooks written with POI for tests: cells typed as Excel types them. */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** A cell holding a formula, e.g. {@code new Formula("AVERAGE(B2:B3)")}. */
    public record Formula(String text) {
    }

    /** A number shown through a number format, e.g. 4 shown as 4.00. */
    public record Shown(double value, String format) {
    }

    /** Writes the workbook built by {@code build} to {@code file}. */
    public static Path write(Path file, Build build) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            build.into(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** A workbook of one sheet holding {@code rows}, from row 1. */
    public static Path sheet(Path file, String sheet, Object[]... rows) throws IOException {
        return write(file, workbook -> {
            Sheet s = workbook.createSheet(sheet);
            for (int i = 0; i < rows.length; i++) {
                row(s, i, rows[i]);
            }
        });
    }

    /** Fills row {@code index} (0-based) from column A; null leaves a cell out. */
    public static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(style(sheet.getWorkbook(), "m/d/yy h:mm"));
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(style(sheet.getWorkbook(), "d mmm yyyy"));
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.text());
            } else if (value instanceof Shown shown) {
                cell.setCellValue(shown.value());
                cell.setCellStyle(style(sheet.getWorkbook(), shown.format()));
            } else {
                throw new IllegalArgumentException("No cell for " + value);
            }
        }
        return row;
    }

    private static CellStyle style(Workbook workbook, String format) {
        for (int i = 0; i < workbook.getNumCellStyles(); i++) {
            CellStyle style = workbook.getCellStyleAt(i);
            if (format.equals(style.getDataFormatString())) {
                return style;
            }
        }
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** What goes into a workbook. */
    @FunctionalInterface
    public interface Build {
        void into(XSSFWorkbook workbook) throws IOException;
    }
}
