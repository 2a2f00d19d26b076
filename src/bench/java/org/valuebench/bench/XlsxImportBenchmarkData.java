package org.valuebench.bench;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.valuebench.app.Workbench;
import org.valuebench.app.Workbenches;
import org.valuebench.app.samples.SampleWorkspace;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.Item;

/**
 * The data of {@code src/bench/xlsx-import.sh}: the same long-format rows as a CSV file and as an Excel workbook,
 * and a workspace holding the canvas they are for (copied afresh for each import). The workbook is written by
 * POI's SXSSF with a shared strings table, as Excel writes text cells (every text cell refers to the table), and
 * every row has a comment of its own, so the table holds a string per row: the worst case for a streaming reader,
 * which must keep the table in memory. Dates are Excel dates (numbers in a date style), scores numbers.
 * Arguments: rows, work folder. Prints the canvas's name.
 */
public final class XlsxImportBenchmarkData {

    private XlsxImportBenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0].replace("_", ""));
        Path work = Files.createDirectories(Path.of(args[1]));
        CanvasContent sample = SampleWorkspace.canvases().get(0);
        Path template = work.resolve("template.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(template.resolveSibling(template.getFileName() + suffix));
        }
        try (Workbench workbench = Workbenches.open(template, true, Clock.systemUTC())) {
            workbench.addCanvas("Add", sample, sample.canvas().name());
        }
        List<String> promises = sample.promises().stream().map(Item::text).toList();
        String[] segments = {"Regulars", "New customers", "Families", "Students"};
        String[] remarks = {"Shelf was empty, again", "Great value", "\"Quick\" checkout", "Friendly staff",
            "Long queue at the tills"};
        LocalDate start = LocalDate.of(2023, 1, 1);
        Random random = new Random(1);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, true, true);
             BufferedWriter csv = Files.newBufferedWriter(work.resolve("feedback.csv"), StandardCharsets.UTF_8)) {
            SXSSFSheet sheet = workbook.createSheet("Sheet1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            String[] header = {"promise", "score", "date", "segment", "respondent", "comment"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            csv.write(String.join(",", header) + "\n");
            StringBuilder line = new StringBuilder(160);
            for (int i = 1; i <= rows; i++) {
                String promise = promises.get(random.nextInt(promises.size()));
                int score = 1 + random.nextInt(5);
                LocalDate day = start.plusDays(random.nextInt(730));
                String segment = segments[random.nextInt(segments.length)];
                String respondent = "R" + i;
                String comment = "Response " + i + ": " + remarks[random.nextInt(remarks.length)];
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(promise);
                row.createCell(1).setCellValue(score);
                row.createCell(2).setCellValue(day);
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(segment);
                row.createCell(4).setCellValue(respondent);
                row.createCell(5).setCellValue(comment);
                line.setLength(0);
                line.append(quoted(promise)).append(',').append(score).append(',').append(day).append(',')
                        .append(segment).append(',').append(respondent).append(',').append(quoted(comment))
                        .append('\n');
                csv.append(line);
            }
            try (OutputStream out = Files.newOutputStream(work.resolve("feedback.xlsx"))) {
                workbook.write(out);
            }
        }
        System.out.println(sample.canvas().name());
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
