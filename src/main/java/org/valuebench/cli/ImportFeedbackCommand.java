package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.valuebench.app.Workbench;
import org.valuebench.app.feedback.FeedbackUseCases;
import org.valuebench.app.feedback.ImportOptions;
import org.valuebench.app.feedback.ImportOutcome;
import org.valuebench.app.feedback.ImportProgress;
import org.valuebench.domain.CanvasContent;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.SurveyMapping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code valuebench import-feedback CANVAS FILE [--mapping FILE] [--format KIND] [--sheet NAME] [--skip-invalid]
 * [--allow-duplicate] [--any-date]}:
 * prints how many records were imported; a refused file exits 1 with the row report on stderr.
 */
@Command(name = "import-feedback",
        description = {"Imports delivery feedback on a canvas's promises from a file: CSV, an Excel workbook, app-store"
                + " reviews, support ratings or a survey tool's export (the kind is told from the content).",
            "The long format has a header with 'promise' and 'score' columns (and optionally scale, date, voice,"
                + " channel, segment, respondent, comment, expectation). Any other layout (Google Forms, SurveyMonkey,"
                + " Qualtrics, Microsoft Forms, Typeform, Google Play, App Store Connect, Zendesk, Delighted) needs"
                + " --mapping.",
            "All or nothing: any invalid row refuses the whole file, unless --skip-invalid."})
final class ImportFeedbackCommand extends WorkbenchCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "KIND", converter = FeedbackFormatConverter.class,
            description = "The kind of file, instead of telling it from the content: one of ${COMPLETION-CANDIDATES}.",
            completionCandidates = FeedbackFormatConverter.Ids.class)
    FeedbackFormat format;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an Excel workbook to read (the first"
            + " by default).")
    String sheet;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "A survey mapping (JSON) saying which question column measures which promise.")
    Path mapping;

    @Option(names = "--skip-invalid", description = "Import the valid rows and report the invalid ones.")
    boolean skipInvalid;

    @Option(names = "--allow-duplicate", description = "Import a file even if the same content was imported before.")
    boolean allowDuplicate;

    @Option(names = "--any-date", description = "Accept dates before 1900 or after 2100 (refused by default as"
            + " mistyped years).")
    boolean anyDate;

    ImportFeedbackCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(Workbench bench, PrintWriter out) {
        FeedbackUseCases feedback = new FeedbackUseCases(bench);
        CanvasContent target = bench.resolve(canvas);
        SurveyMapping survey = mapping == null ? null : feedback.readMapping(mapping);
        ImportOutcome outcome = feedback.importFile(target.canvas().id(), file,
                new ImportOptions(survey, skipInvalid, allowDuplicate, anyDate, format, sheet), ImportProgress.NONE);
        out.printf(Locale.ROOT, "Imported %d feedback records from %s into '%s'.%n", outcome.imported(),
                file.getFileName(), target.canvas().name());
        if (!outcome.report().excluded().isEmpty()) {
            out.println(outcome.report().excluded().describe() + ".");
        }
        if (outcome.report().hasProblems()) {
            PrintWriter err = err();
            err.printf(Locale.ROOT, "Skipped %d invalid records:%n", outcome.report().refused());
            outcome.report().problemLines().forEach(line -> err.println("  " + line));
            err.flush();
        }
    }
}
