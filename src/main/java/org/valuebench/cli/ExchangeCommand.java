package org.valuebench.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.valuebench.app.AppException;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import org.valuebench.app.exchange.PaperSize;
import picocli.CommandLine;

/**
 * Common ground of the export and import subcommands: the exchange use cases on the workbench the command
 * line opened. Bad input ends as exit status 1 with the message on standard error, like every command.
 */
abstract class ExchangeCommand extends WorkbenchCommand {

    ExchangeCommand(CommandContext context) {
        super(context);
    }

    @Override
    final void run(Workbench workbench, PrintWriter out) {
        run(exchange(workbench), workbench, out);
    }

    ExchangeUseCases exchange(Workbench workbench) {
        return new ExchangeUseCases(workbench);
    }

    abstract void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out);

    /** The canvas id for an id or unique name typed on the command line; the export reads the canvas itself. */
    static long canvasId(Workbench workbench, String idOrName) {
        return workbench.resolveId(idOrName);
    }

    /** Writes UTF-8 text produced for a stream to standard output, whose character set the context chose. */
    static void printText(PrintWriter out, Consumer<OutputStream> writer) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        writer.accept(buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads --page values: a4, letter, a3 in any case; anything else is a usage error (exit 2). */
    static final class PaperSizeConverter implements CommandLine.ITypeConverter<PaperSize> {
        @Override
        public PaperSize convert(String value) {
            try {
                return PaperSize.parse(value);
            } catch (AppException e) {
                throw new CommandLine.TypeConversionException("expected a4, letter or a3, not '" + value + "'");
            }
        }
    }

    static PaperSize defaultPaper() {
        return PaperSize.forLocale(Locale.getDefault(Locale.Category.FORMAT));
    }
}
