package org.valuebench.cli;

import java.nio.file.Path;
import org.valuebench.app.workspace.WorkspaceLocationException;
import org.valuebench.app.workspace.WorkspacePath;
import picocli.CommandLine;

/**
 * Reads every file argument ({@code -o}, import and mapping files) the way {@code --db} is read: a name the system
 * cannot take (a NUL, or letters beyond ASCII under {@code LC_ALL=C}) is a usage error in our words, where picocli's
 * own converter quoted {@code java.nio.file.InvalidPathException}.
 */
final class FilePathConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
        try {
            return WorkspacePath.file(value, "the file name");
        } catch (WorkspaceLocationException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
