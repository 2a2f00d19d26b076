package org.valuebench.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.valuebench.domain.ColourTag;
import org.valuebench.domain.FourAction;
import org.valuebench.domain.Section;

/**
 * The names the JSON exchange format uses, in one place for the writer, the reader and the schema
 * (src/main/resources/schema/valuebench-canvas.schema.json). Version 4 of the format: version 3 plus the
 * canvas's workshops (agenda, participants, contributions, votes with their dots, decisions); version 3 added the
 * strategy canvas (competing factors with their four actions, customer items and ratings); version 2 added
 * feedback records on promises. Files of versions 1 to 3 are still read.
 */
public final class CanvasJsonFormat {
    /** The format version this build writes for a canvas without its history. */
    public static final int SCHEMA_VERSION = 4;
    /**
     * The format version of a file with the canvas's history (export-json --with-history), and the newest this build
     * reads: version 4 plus the {@code history} block. Files without history are still written as version 4, so
     * older builds keep reading them.
     */
    public static final int HISTORY_SCHEMA_VERSION = 5;
    /** The oldest format version this build still reads. Version 1 had no feedback records. */
    public static final int OLDEST_SCHEMA_VERSION = 1;
    /** The first version whose files may carry feedback records. */
    static final int FEEDBACK_SINCE = 2;
    /** The first version whose files may carry competing factors. */
    static final int FACTORS_SINCE = 3;
    /** The first version whose files may carry workshops. */
    static final int WORKSHOPS_SINCE = 4;
    /** Classpath location of the JSON Schema shipped with the app. */
    public static final String SCHEMA_RESOURCE = "/schema/valuebench-canvas.schema.json";

    static final String SCHEMA_VERSION_FIELD = "schemaVersion";
    static final String SCHEMA_REFERENCE_FIELD = "$schema";
    static final String CANVAS = "canvas";
    static final String SECTIONS = "sections";
    static final String FIT_LINKS = "fitLinks";
    static final String FEEDBACK = "feedback";
    static final String FACTORS = "factors";
    static final String WORKSHOPS = "workshops";
    static final String HISTORY = "history";

    static final String NAME = "name";
    static final String SEGMENT = "segment";
    static final String OFFERING = "offering";
    static final String NOTES = "notes";
    static final String CREATED = "created";
    static final String UPDATED = "updated";

    static final String KEY = "key";
    static final String TEXT = "text";
    static final String IMPORTANCE = "importance";
    static final String PROMISE = "promise";
    static final String PROMISE_TARGET = "promiseTarget";
    static final String COLOUR = "colour";
    static final String AUTHOR = "author";

    static final String LINK_OFFERING = "offering";
    static final String LINK_CUSTOMER = "customer";

    static final String SOURCE = "source";
    static final String ACTION = "action";
    static final String ACTION_NOTE = "actionNote";
    static final String CUSTOMER_ITEMS = "customerItems";
    static final String RATINGS = "ratings";
    static final String OFFER = "offer";
    static final String NOTE = "note";
    /** The offer of a rating that is the canvas's own offering rather than an alternative item. */
    static final String OURS = "ours";

    static final String FEEDBACK_PROMISE = "promise";
    static final String SCORE = "score";
    static final String SCALE = "scale";
    static final String EXPECTATION = "expectation";
    static final String VOICE = "voice";
    static final String CHANNEL = "channel";
    static final String FEEDBACK_SEGMENT = "segment";
    static final String DATE = "date";
    static final String RESPONDENT = "respondent";
    static final String COMMENT = "comment";

    static final int MAX_KEY = 100;

    private CanvasJsonFormat() {
    }

    /** The section's name in the file: the enum name in lower case ("needs", "experience"). */
    static String sectionName(Section section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    static Optional<Section> section(String name) {
        return Arrays.stream(Section.values()).filter(s -> sectionName(s).equals(name)).findFirst();
    }

    static List<String> sectionNames() {
        return Arrays.stream(Section.values()).map(CanvasJsonFormat::sectionName).toList();
    }

    /**
     * The key the writer gives the item at {@code index} (0-based) of a section: "need-1", "feature-3".
     * Keys follow the order on the canvas, so exporting the same canvas from any workspace gives the same
     * keys and a round trip through import gives the same file.
     */
    static String key(Section section, int index) {
        return keyPrefix(section) + "-" + (index + 1);
    }

    private static String keyPrefix(Section section) {
        return section.singular();
    }

    /** The four-actions choice in the file: the enum name in lower case ("raise"). */
    static String actionName(FourAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }

    static Optional<FourAction> action(String name) {
        return Arrays.stream(FourAction.values()).filter(a -> actionName(a).equals(name)).findFirst();
    }

    static List<String> actionNames() {
        return Arrays.stream(FourAction.values()).map(CanvasJsonFormat::actionName).toList();
    }

    static String colourName(ColourTag colour) {
        return colour.name().toLowerCase(Locale.ROOT);
    }

    static Optional<ColourTag> colour(String name) {
        return Arrays.stream(ColourTag.values()).filter(c -> colourName(c).equals(name)).findFirst();
    }

    static List<String> colourNames() {
        return Arrays.stream(ColourTag.values()).map(CanvasJsonFormat::colourName).toList();
    }
}
