package org.valuebench.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.valuebench.app.AppException;
import org.valuebench.app.ExchangeUseCases;
import org.valuebench.app.PaperSize;
import org.valuebench.app.Workbench;
import picocli.CommandLine;

/**
 * Common ground of the export and import subcommands: they run on a workbench the root command has already
 * opened and write to the streams it hands over. Exit codes: 0 done, 1 bad input (the message on standard
 * error), 2 usage (picocli reports those before {@link #call} runs).
 */
public abstract class ExchangeCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int BAD_INPUT = 1;

    private Workbench workbench;
    private PrintStream out;
    private PrintStream err;

    /** For picocli; call {@link #bind} before the command runs. */
    protected ExchangeCommand() {
    }

    protected ExchangeCommand(Workbench workbench, PrintStream out, PrintStream err) {
        bind(workbench, out, err);
    }

    /** Hands over the open workbench and the streams to write to (standard output and error in production). */
    public final ExchangeCommand bind(Workbench workbench, PrintStream out, PrintStream err) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        return this;
    }

    @Override
    public final Integer call() {
        if (workbench == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " runs only after bind(workbench, out, err)");
        }
        try {
            return run(new ExchangeUseCases(workbench));
        } catch (AppException e) {
            out.flush();
            err.println(e.getMessage());
            return BAD_INPUT;
        }
    }

    abstract int run(ExchangeUseCases exchange);

    Workbench workbench() {
        return workbench;
    }

    PrintStream out() {
        return out;
    }

    /** The canvas id for an id or unique name typed on the command line. */
    long canvasId(String idOrName) {
        return workbench.resolve(idOrName).canvas().id();
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
