package org.valuebench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.valuebench.analysis.CrosshairMode;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.GapExportFormat;
import org.valuebench.app.feedback.GapUseCases;
import org.valuebench.domain.FeedbackFilter;
import org.valuebench.domain.InvalidInputException;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;
import org.valuebench.report.FigureFormat;
import org.valuebench.report.GapFigures;
import org.valuebench.report.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code valuebench gaps CANVAS [--format table|json|csv] [--since DATE] [--until DATE] [--segment S] [--voice V]}:
 * the promise-versus-delivery figures of a canvas, ranked by value deficit.
 */
@Command(name = "gaps",
        description = {"Shows how well a canvas's promises are kept: per promise the feedback count n, delivered"
            + " (mean score on the 1-5 scale) with its 95%% confidence interval, gap = target - delivered,"
            + " deficit = importance x max(0, gap), the importance-performance quadrant and the SERVQUAL score,"
            + " ranked by deficit; then the customer items nobody answers."})
final class GapsCommand extends WorkbenchCommand {
    enum Format { table, json, csv }

    private PrintWriter out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--since", paramLabel = "DATE", description = "Only feedback on or after this date (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only feedback on or before this date (yyyy-mm-dd).")
    LocalDate until;

    @Option(names = "--segment", paramLabel = "S", description = "Only feedback from this customer segment.")
    String segment;

    @Option(names = "--channel", paramLabel = "C", description = "Only feedback from this channel (e.g. survey).")
    String channel;

    @Option(names = "--voice", paramLabel = "V", converter = VoiceConverter.class,
            description = "Whose voice the headline figures are from: customer (default), employee, partner,"
                + " community.")
    Voice voice;

    @Option(names = "--crosshairs", defaultValue = "midpoints", paramLabel = "midpoints|means",
            converter = CrosshairConverter.class,
            description = "Split the importance-performance grid at the scale midpoints (3, 3) or at the data means.")
    CrosshairMode crosshairs;

    GapsCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter writer) {
        this.out = writer;
        GapUseCases gaps = new GapUseCases(bench);
        long canvasId = bench.resolve(canvas).canvas().id();
        FeedbackFilter filter = new FeedbackFilter(since, until, segment, channel, voice);
        GapReport report = gaps.report(canvasId, filter, crosshairs);
        switch (format) {
            case json -> gaps.write(report, GapExportFormat.JSON, out);
            case csv -> gaps.write(report, GapExportFormat.CSV, out);
            case table -> table(report);
        }
    }

    private void table(GapReport report) {
        out.printf(Locale.ROOT, "Gaps of '%s' (%s voice%s; quadrants split at %s)%n", report.canvas().name(),
                report.filter().voice().label(), describe(report.filter()),
                GapFigures.crosshairsTerminal(report.crosshairs()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"#", "Promise", "Target", "Imp", "n", "Delivered", "95% CI", "Gap", "Deficit",
            "SERVQUAL", "Quadrant"});
        int rank = 1;
        for (PromiseGap gap : report.promises()) {
            rows.add(new String[] {Integer.toString(rank++), shorten(gap.text(), 40), Integer.toString(gap.target()),
                Integer.toString(gap.importance()), gap.n() + (gap.n() > 0 && gap.thinEvidence() ? " (thin)" : ""),
                fixed(gap.delivered()), GapFigures.interval(gap.ci95(), Style.TERMINAL, false), fixed(gap.gap()),
                fixed(gap.deficit()), fixed(gap.servqual()), gap.quadrant() == null ? "-" : gap.quadrant().title()});
        }
        print(rows);
        Double nps = report.nps().score();
        if (nps != null) {
            out.printf(Locale.ROOT, "Net Promoter Score (0-10 records, n = %d): %s%n", report.nps().respondents(),
                    FigureFormat.nps(nps));
        }
        if (!report.unanswered().isEmpty()) {
            out.println(GapFigures.UNANSWERED + ":");
            for (Item item : report.unanswered()) {
                out.printf(Locale.ROOT, "  %s (%s, importance %d)%n", item.text(),
                        item.section().title().toLowerCase(Locale.ROOT), item.importance());
            }
        }
    }

    private static String describe(FeedbackFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.since() != null) {
            text.append(", since ").append(filter.since());
        }
        if (filter.until() != null) {
            text.append(", until ").append(filter.until());
        }
        if (filter.segment() != null) {
            text.append(", segment ").append(filter.segment());
        }
        if (filter.channel() != null) {
            text.append(", channel ").append(filter.channel());
        }
        return text.toString();
    }

    private void print(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean text = i == 1 || i == row.length - 1;
                String cell = text ? String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i])
                        : String.format(Locale.ROOT, "%" + widths[i] + "s", row[i]);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Gap and SERVQUAL too are written without a sign here, as plain decimals. */
    private static String fixed(Double value) {
        return FigureFormat.decimal(value, Style.TERMINAL);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    static final class VoiceConverter implements ITypeConverter<Voice> {
        @Override
        public Voice convert(String value) {
            try {
                return Voice.parse(value);
            } catch (InvalidInputException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class CrosshairConverter implements ITypeConverter<CrosshairMode> {
        @Override
        public CrosshairMode convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "midpoints", "midpoint", "scale" -> CrosshairMode.MIDPOINTS;
                case "means", "mean", "data" -> CrosshairMode.DATA_MEANS;
                default -> throw new TypeConversionException("'" + value + "' is not midpoints or means");
            };
        }
    }
}
