package org.valuebench.io.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Voice;

/**
 * The gap report as CSV for spreadsheets: one row per promise, ranked by deficit, with the headline figures
 * and n, delivered and gap per voice. Empty cells mean no data. RFC 4180 quoting, CRLF line ends.
 */
public final class GapReportCsv {

    private GapReportCsv() {
    }

    public static void write(GapReport report, Writer out) {
        List<String> header = new ArrayList<>(List.of("promise_id", "promise", "target", "importance", "n", "delivered",
                "sd", "ci95_low", "ci95_high", "gap", "deficit", "quadrant", "servqual", "nps", "thin"));
        for (Voice voice : Voice.values()) {
            header.add(voice.label() + "_n");
            header.add(voice.label() + "_delivered");
            header.add(voice.label() + "_gap");
        }
        try {
            line(out, header);
            for (PromiseGap gap : report.promises()) {
                VoiceFigures f = gap.headline();
                ConfidenceInterval ci = f.ci95();
                List<String> row = new ArrayList<>(List.of(Long.toString(gap.promiseId()), gap.text(),
                        Integer.toString(gap.target()), Integer.toString(gap.importance()), Long.toString(f.n()),
                        number(f.delivered()), number(f.sd()), ci == null ? "" : number(ci.low()),
                        ci == null ? "" : number(ci.high()), number(f.gap()), number(f.deficit()),
                        gap.quadrant() == null ? "" : gap.quadrant().key(), number(f.servqual()),
                        number(f.nps().score()), Boolean.toString(gap.thinEvidence())));
                for (Voice voice : Voice.values()) {
                    VoiceFigures v = gap.voice(voice);
                    row.add(Long.toString(v.n()));
                    row.add(number(v.delivered()));
                    row.add(number(v.gap()));
                }
                line(out, row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
