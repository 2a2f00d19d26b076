package org.valuebench.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a ValueBench canvas exchange file from other JSON by a look at its start, without reading it: so a
 * dropped {@code .json} can go to the canvas import or the feedback import by what it holds.
 */
public final class CanvasFiles {
    /** How much of a file is looked at: the writer puts {@code schemaVersion} first, so far less is needed. */
    private static final int HEAD = 64 * 1024;

    private CanvasFiles() {
    }

    /**
     * True when the file is a JSON object with a top-level {@code schemaVersion} or {@code canvas} key among
     * its first 64 KiB, as every canvas file has; false for any other file, an unreadable one included (the
     * import that gets it names what is wrong).
     */
    public static boolean isCanvasFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            try (JsonParser json = new JsonFactory().createParser(head)) {
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    return false;
                }
                JsonToken token;
                while ((token = json.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    if (CanvasJsonFormat.SCHEMA_VERSION_FIELD.equals(key) || CanvasJsonFormat.CANVAS.equals(key)) {
                        return true;
                    }
                    json.nextToken();
                    json.skipChildren();
                }
                return false;
            }
        } catch (IOException e) {
            // Not JSON, cut off within the first 64 KiB before any canvas key, or not readable: not a canvas file
            // as far as a look at its start can tell.
            return false;
        }
    }
}
