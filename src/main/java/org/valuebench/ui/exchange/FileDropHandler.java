package org.valuebench.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What happens to files dropped onto the window, by extension and, where one extension holds more than one
 * kind of file, by content: {@code .json} imports a canvas, unless the feedback import claims it as a feedback
 * export. Kinds register here with {@link #on}; a file nobody handles is named in one clear message and
 * nothing is imported from it.
 */
public final class FileDropHandler {
    private record Handler(String description, Predicate<Path> claims, Consumer<Path> action) {
    }

    private final Map<String, List<Handler>> handlers = new LinkedHashMap<>();
    /** The extensions each description was registered for, in the order registered, for the message. */
    private final Map<String, Set<String>> described = new LinkedHashMap<>();
    private final Consumer<String> refuse;

    /** @param refuse shows the message about files that were not imported */
    public FileDropHandler(Consumer<String> refuse) {
        this.refuse = refuse;
    }

    /**
     * Handles every dropped file ending in {@code .extension} (any case) that no handler of the same extension
     * claims by its content.
     *
     * @param description what such files are, for the message about other files: "canvas files"
     */
    public FileDropHandler on(String extension, String description, Consumer<Path> action) {
        return add(extension, new Handler(description, null, action));
    }

    /**
     * Handles the dropped files ending in {@code .extension} that {@code claims} says are its kind (it looks at
     * their content); these are asked before the handler that takes every file of the extension.
     */
    public FileDropHandler on(String extension, String description, Predicate<Path> claims, Consumer<Path> action) {
        return add(extension, new Handler(description, claims, action));
    }

    private FileDropHandler add(String extension, Handler handler) {
        String key = extension.toLowerCase(Locale.ROOT);
        handlers.computeIfAbsent(key, e -> new ArrayList<>()).add(handler);
        described.computeIfAbsent(handler.description(), d -> new LinkedHashSet<>()).add("." + key);
        return this;
    }

    /** Handles every file it knows, in the order dropped, and reports the rest in one message. */
    public void drop(List<Path> files) {
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                refused.add(file.getFileName() + " (a folder)");
                continue;
            }
            Handler handler = handlerFor(file);
            if (handler == null) {
                refused.add(String.valueOf(file.getFileName()));
            } else {
                handler.action().accept(file);
            }
        }
        if (!refused.isEmpty()) {
            refuse.accept(refusal(refused));
        }
    }

    /** The first handler of the file's extension that claims it by content, else the one that takes them all. */
    private Handler handlerFor(Path file) {
        List<Handler> candidates = handlers.getOrDefault(extensionOf(file), List.of());
        for (Handler handler : candidates) {
            if (handler.claims() != null && handler.claims().test(file)) {
                return handler;
            }
        }
        return candidates.stream().filter(h -> h.claims() == null).findFirst().orElse(null);
    }

    /** "canvas files (.json) and feedback files (.csv, .xlsx, .json)". */
    private String refusal(List<String> refused) {
        String known = described.entrySet().stream()
                .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
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
