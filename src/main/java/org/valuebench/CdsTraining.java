package org.valuebench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.valuebench.cli.CommandLineMain;
import org.valuebench.ui.GuiMain;

/**
 * The training run behind the class-data sharing archive the build makes beside the jar (pom.xml; ADR 0015): the
 * JVM that runs it with {@code -XX:ArchiveClassesAtExit} writes every class it loaded into the archive, and a later
 * start with {@code -XX:SharedArchiveFile} maps them instead of loading, verifying and linking each again. So it
 * does what users start ValueBench for: the common commands on the sample workspace and, when there is a screen,
 * the window up to the drawn canvas. The caller points the data, state and cache folders and the user's settings
 * into a scratch folder, so nothing of the user's is touched.
 */
final class CdsTraining {
    static final String PROPERTY = "valuebench.cds.training";

    private CdsTraining() {
    }

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Runs the commands, then the window if {@code valuebench.cds.training=window} and a screen is there. */
    static void run() throws IOException {
        Path scratch = Files.createTempDirectory("valuebench-training");
        PrintStream terminal = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        int failed = 0;
        try {
            for (List<String> command : commands(scratch)) {
                if (CommandLineMain.run(command.toArray(String[]::new)) != CommandLineMain.EXIT_OK) {
                    failed++;
                }
            }
        } finally {
            System.setOut(terminal);
            deleteScratch(scratch);
        }
        terminal.println("valuebench: training run: " + (commands(scratch).size() - failed) + " commands ran"
                + (failed > 0 ? ", " + failed + " failed" : ""));
        if ("window".equals(System.getProperty(PROPERTY)) && hasScreen()) {
            System.setProperty("valuebench.timing", "exit"); // the window quits once the canvas is drawn
            GuiMain.run(new String[0]);
            terminal.println("valuebench: training run: the window was drawn");
        }
    }

    /** What users run most: the first command seeds the sample workspace that the others read. */
    private static List<List<String>> commands(Path scratch) {
        String pdf = scratch.resolve("canvas.pdf").toString();
        String json = scratch.resolve("canvas.json").toString();
        return List.of(List.of("list"), List.of("list", "--format", "json"), List.of("show", "1"),
                List.of("gaps", "1"), List.of("strategy", "1"), List.of("export-md", "1"),
                List.of("export-json", "1", "--with-feedback", "-o", json), List.of("export-pdf", "1", "-o", pdf),
                List.of("versions", "1"), List.of("workshops", "1"));
    }

    /** The exports written into the scratch folder, and the folder. */
    private static void deleteScratch(Path scratch) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(scratch)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(scratch);
    }

    private static boolean hasScreen() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.contains("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
