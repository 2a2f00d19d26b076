package org.valuebench.ui.workbench;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of File > Export, with what the file chooser and messages call them. */
public enum ExportFormat {
    PDF("PDF", "pdf", "PDF documents"),
    JSON("JSON", "json", "ValueBench canvas files"),
    PNG("PNG", "png", "PNG images"),
    MARKDOWN("Markdown", "md", "Markdown files");

    private final String label;
    private final String extension;
    private final String description;

    ExportFormat(String label, String extension, String description) {
        this.label = label;
        this.extension = extension;
        this.description = description;
    }

    /** "PDF", "Markdown": for menus and messages. */
    public String label() {
        return label;
    }

    /** Without the dot: "pdf". */
    public String extension() {
        return extension;
    }

    /** For the file chooser's filter: "PDF documents (*.pdf)". */
    public String filterDescription() {
        return description + " (*." + extension + ")";
    }

    /** {@code file}, with this format's extension added when the user typed a name without it. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return file;
        }
        return file.resolveSibling(name + "." + extension);
    }
}
