package org.valuebench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.valuebench.app.Workbench;
import org.valuebench.app.exchange.ExchangeUseCases;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code valuebench export-png CANVAS -o FILE [--scale N]} */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = "Writes a picture of the board as PNG: the canvas's title and its eight sections with their"
                + " notes, in the window's colours, without page header, footer or page number. The board is 960"
                + " points wide (a 16:9 slide, taller when its notes need it); --scale 2 makes it 1920 pixels wide.")
final class ExportPngCommand extends ExportCommand {
    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 10;

    @Parameters(index = "0", paramLabel = "CANVAS", description = "The canvas: its id or its name.")
    String canvas;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The PNG file to write." + OUTPUT_HELP)
    Path output;

    @Option(names = "--scale", paramLabel = "N", converter = ScaleConverter.class, defaultValue = "2",
            description = "Pixels per point, from 0.25 to 10 (default: ${DEFAULT-VALUE}, sharp on slides and"
                    + " high-density screens). A picture of more than 25 million pixels is refused.")
    double scale;

    ExportPngCommand(CommandContext context) {
        super(context);
    }

    @Override
    void run(ExchangeUseCases exchange, Workbench workbench, PrintWriter out) {
        exchange.exportPng(canvasId(workbench, canvas), output, scale);
        out.println("Wrote " + output.toAbsolutePath().normalize());
    }

    /** Reads --scale: a plain number from 0.25 to 10; anything else is a usage error (exit 2). */
    static final class ScaleConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            double scale;
            try {
                scale = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                scale = Double.NaN;
            }
            if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
                throw new CommandLine.TypeConversionException("expected a number from 0.25 to 10, not '" + value
                        + "'");
            }
            return scale;
        }
    }
}
