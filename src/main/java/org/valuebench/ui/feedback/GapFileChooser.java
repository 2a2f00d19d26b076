package org.valuebench.ui.feedback;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for a file to open or save; the window uses the system's file chooser, tests a scripted one. */
public interface GapFileChooser {

    /** A file to read, of the kind given by its extension (e.g. "csv", "json"). */
    Optional<Path> open(String title, Path folder, String extension);

    Optional<Path> save(String title, Path folder, String suggestedName, String extension);

    static GapFileChooser system(Window owner) {
        return new GapFileChooser() {
            @Override
            public Optional<Path> open(String title, Path folder, String extension) {
                return Optional.ofNullable(chooser(title, folder, extension).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(String title, Path folder, String suggestedName, String extension) {
                FileChooser chooser = chooser(title, folder, extension);
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, Path folder, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        String upper = extension.toUpperCase(java.util.Locale.ROOT);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(upper + " files (*." + extension + ")",
                "*." + extension), new FileChooser.ExtensionFilter("All files", "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
