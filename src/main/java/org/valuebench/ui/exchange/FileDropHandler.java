package org.valuebench.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What happens to files dropped onto the window, by extension: {@code .json} imports a canvas. Other kinds
 * register here (the feedback import adds {@code .csv} with {@link #on}); a file nobody handles is named in
 * one clear message and nothing is imported from it.
 */
public final class FileDropHandler {
    private record Handler(String description, Consumer<Path> action) {
    }

    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final Consumer<String> refuse;

    /** @param refuse shows the message about files that were not imported */
    public FileDropHandler(Consumer<String> refuse) {
        this.refuse = refuse;
    }

    /**
     * Handles dropped files ending in {@code .extension} (any case).
     *
     * @param description what such files are, for the message about other files: "canvas files"
     */
    public FileDropHandler on(String extension, String description, Consumer<Path> action) {
        handlers.put(extension.toLowerCase(Locale.ROOT), new Handler(description, action));
        return this;
    }

    /** Handles every file it knows, in the order dropped, and reports the rest in one message. */
    public void drop(List<Path> files) {
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            Handler handler = handlers.get(extensionOf(file));
            if (Files.isDirectory(file)) {
                refused.add(file.getFileName() + " (a folder)");
            } else if (handler == null) {
                refused.add(String.valueOf(file.getFileName()));
            } else {
                handler.action().accept(file);
            }
        }
        if (!refused.isEmpty()) {
            refuse.accept(refusal(refused));
        }
    }

    private String refusal(List<String> refused) {
        String known = handlers.entrySet().stream()
                .map(e -> e.getValue().description() + " (." + e.getKey() + ")")
                .collect(Collectors.joining(" and "));
        String which = refused.size() == 1 ? refused.get(0) + " was" : String.join(", ", refused) + " were";
        return "Dropping files onto the window imports " + known + "; " + which + " not imported.";
    }

    private static String extensionOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
