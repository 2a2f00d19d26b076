package org.valuebench.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where {@link System.Logger} messages end up: the program logs through {@code System.Logger}, which the JDK
 * hands to java.util.logging; an entry point sets that up once with one of these and closes it on the way out.
 * The window writes to rotating files in its {@link LogFolder}; the command line writes nowhere, so nothing
 * reaches the terminal but its own messages. Either way java.util.logging's console handler is taken off the
 * root logger while this is open and put back on close.
 */
public final class ProgramLog implements AutoCloseable {
    /** A file is rotated at about 1 MB; five are kept: valuebench-0.log (newest) to valuebench-4.log. */
    public static final int FILE_LIMIT_BYTES = 1_000_000;
    public static final int FILE_COUNT = 5;
    public static final String FIRST_FILE = "valuebench-0.log";

    private final Logger root;
    private final List<Handler> consoleHandlers;
    private final Handler file;

    private ProgramLog(Logger root, List<Handler> consoleHandlers, Handler file) {
        this.root = root;
        this.consoleHandlers = consoleHandlers;
        this.file = file;
    }

    /** Logs to rotating files in {@code folder}, made when missing. */
    public static ProgramLog toFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        // FileHandler reads '%' as the start of a field: a folder name holding one is escaped.
        String pattern = folder.resolve("valuebench-%g.log").toString().replace("%", "%%").replace("%%g", "%g");
        FileHandler handler = new FileHandler(pattern, FILE_LIMIT_BYTES, FILE_COUNT, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new OneLine());
        return attach(handler);
    }

    /** Logs nowhere: for the command line, whose messages are its own output. */
    public static ProgramLog nowhere() {
        return attach(null);
    }

    private static ProgramLog attach(Handler file) {
        Logger root = LogManager.getLogManager().getLogger("");
        List<Handler> console = java.util.Arrays.stream(root.getHandlers())
                .filter(h -> h instanceof ConsoleHandler).toList();
        console.forEach(root::removeHandler);
        if (file != null) {
            root.addHandler(file);
        }
        return new ProgramLog(root, console, file);
    }

    @Override
    public void close() {
        if (file != null) {
            root.removeHandler(file);
            file.close();
        }
        consoleHandlers.forEach(root::addHandler);
    }

    /** One line a message (its stack trace below it): time, level, logger, message. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord entry) {
            StringBuilder line = new StringBuilder()
                    .append(TIME.format(Instant.ofEpochMilli(entry.getMillis()))).append(' ')
                    .append(entry.getLevel().getName()).append(' ')
                    .append(entry.getLoggerName()).append(": ")
                    .append(formatMessage(entry)).append(System.lineSeparator());
            if (entry.getThrown() != null) {
                StringWriter trace = new StringWriter();
                entry.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
