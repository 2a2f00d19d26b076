package org.valuebench.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The JSON the listener sends: views and refusals. Besides JSON's own escaping, {@code < > & '} are written as JSON
 * unicode escapes, so a card that reads {@code <script>} never appears as markup in an answer, even to a client
 * that ignores the content type. The page still escapes every text it shows.
 */
final class JsonText {
    private final ObjectMapper mapper;

    JsonText() {
        this.mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new MarkupEscapes());
    }

    String of(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Views are plain records of strings and numbers: this is a bug, reported as a 500 by the caller.
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code {"error": message}}. */
    String error(String message) {
        return of(Map.of("error", message));
    }

    private static final class MarkupEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        MarkupEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
