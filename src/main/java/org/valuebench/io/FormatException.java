package org.valuebench.io;

import java.util.Optional;
import org.valuebench.domain.MessageText;

/**
 * A file cannot be read or written in one of the exchange formats. For a file being read, the message names
 * where the problem is (file, line, column, JSON path) and what was expected, in words for a user.
 */
public class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Position position;

    public FormatException(String message) {
        this(message, (Throwable) null);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
        this.position = null;
    }

    FormatException(Position position, String problem) {
        this(position, problem, null);
    }

    FormatException(Position position, String problem, Throwable cause) {
        super(position.describe() + ": " + problem, cause);
        this.position = position;
    }

    /** Where in the input the problem is, when it is about input that was read. */
    public Optional<Position> position() {
        return Optional.ofNullable(position);
    }

    /**
     * A place in a JSON input.
     *
     * @param source the file name (or "input"), never a full path so messages stay short
     * @param path   JSONPath of the value, e.g. {@code $.sections.needs[2].text}
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public record Position(String source, String path, int line, int column) {

        String describe() {
            StringBuilder text = new StringBuilder(source);
            if (line > 0) {
                text.append(", line ").append(line);
                if (column > 0) {
                    text.append(", column ").append(column);
                }
            }
            // Nesting makes long paths ($[0][0][0]...); their start says where to look.
            return text.append(" (").append(MessageText.cut(path)).append(')').toString();
        }
    }
}
