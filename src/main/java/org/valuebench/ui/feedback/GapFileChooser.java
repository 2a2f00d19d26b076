package org.valuebench.ui.feedback;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a file to open or save; the window uses the system's file chooser, tests a scripted one. */
public interface GapFileChooser {

    /**
     * One choice in the chooser's list of file types.
     *
     * @param description e.g. "Feedback files (*.csv, *.xlsx)"
     * @param extensions  without the dot: "csv"
     */
    record Filter(String description, List<String> extensions) {
        public Filter {
            extensions = List.copyOf(extensions);
        }
    }

    /** A file to read, of the kind given by its extension (e.g. "csv", "json"). */
    Optional<Path> open(String title, Path folder, String extension);

    /** A file to read, offering the {@code filters} in order (the first chosen), then all files. */
    default Optional<Path> open(String title, Path folder, List<Filter> filters) {
        return open(title, folder, filters.get(0).extensions().get(0));
    }

    Optional<Path> save(String title, Path folder, String suggestedName, String extension);

    static GapFileChooser system(Window owner) {
        return new GapFileChooser() {
            @Override
            public Optional<Path> open(String title, Path folder, String extension) {
                String upper = extension.toUpperCase(java.util.Locale.ROOT);
                return open(title, folder, List.of(new Filter(upper + " files (*." + extension + ")",
                        List.of(extension))));
            }

            @Override
            public Optional<Path> open(String title, Path folder, List<Filter> filters) {
                return Optional.ofNullable(chooser(title, folder, filters).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(String title, Path folder, String suggestedName, String extension) {
                String upper = extension.toUpperCase(java.util.Locale.ROOT);
                FileChooser chooser = chooser(title, folder, List.of(new Filter(upper + " files (*." + extension
                        + ")", List.of(extension))));
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, Path folder, List<Filter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (Filter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(),
                    filter.extensions().stream().map(e -> "*." + e).toList()));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
