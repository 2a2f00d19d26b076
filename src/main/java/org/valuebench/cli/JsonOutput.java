package org.valuebench.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes the command line's JSON: indented two spaces, one value per line, so it reads well and diffs well. */
final class JsonOutput {
    private final ObjectWriter writer;

    JsonOutput() {
        ObjectMapper mapper = new ObjectMapper();
        // The writer belongs to the command line, which writes more after the JSON and closes it itself.
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        this.writer = mapper.writer(printer);
    }

    void write(Object value, PrintWriter out) {
        try {
            out.println(writer.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            // Only our own view records are written; failing to serialise one is a programming error.
            throw new UncheckedIOException(e);
        }
    }
}
