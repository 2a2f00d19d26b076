package org.valuebench.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.InvalidInputException;
import picocli.CommandLine;

/** Reads {@code --format} by the ids users type ({@code google-play}), not the enum's constant names. */
final class FeedbackFormatConverter implements CommandLine.ITypeConverter<FeedbackFormat> {

    @Override
    public FeedbackFormat convert(String value) {
        try {
            return FeedbackFormat.parse(value);
        } catch (InvalidInputException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** The ids, for the help text. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(FeedbackFormat.values()).map(FeedbackFormat::id).iterator();
        }
    }
}
