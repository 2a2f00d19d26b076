package org.valuebench.io.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.valuebench.analysis.ConfidenceInterval;
import org.valuebench.analysis.GapReport;
import org.valuebench.analysis.PromiseGap;
import org.valuebench.analysis.TrendPoint;
import org.valuebench.analysis.VoiceFigures;
import org.valuebench.domain.Item;
import org.valuebench.domain.Voice;

/**
 * The gap report as JSON: an object with {@code canvas} (its name), {@code canvasId}, {@code filter},
 * {@code crosshairs}, {@code nps}, {@code promises} (every promise, ranked by deficit) and the customer items
 * nobody answers ({@code unanswered}) or no promise answers ({@code unpromised}). Each promise holds
 * {@code promise} (its text), {@code promiseId}, {@code target}, {@code importance}, {@code n},
 * {@code delivered}, {@code sd}, {@code gap}, {@code deficit}, {@code ci95} ([low, high]), {@code quadrant},
 * {@code servqual}, {@code nps}, {@code thin}, {@code evidence}, {@code voices} (the same figures per voice)
 * and {@code trend}. Figures without data are null.
 */
public final class GapReportJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private GapReportJson() {
    }

    public static void write(GapReport report, Writer out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("canvas", report.canvas().name());
            json.writeNumberField("canvasId", report.canvas().id());
            json.writeObjectFieldStart("filter");
            nullable(json, "since", report.filter().since() == null ? null : report.filter().since().toString());
            nullable(json, "until", report.filter().until() == null ? null : report.filter().until().toString());
            nullable(json, "segment", report.filter().segment());
            nullable(json, "channel", report.filter().channel());
            json.writeStringField("voice", report.filter().voice().label());
            json.writeEndObject();
            json.writeObjectFieldStart("crosshairs");
            json.writeStringField("mode", report.crosshairs().mode().name().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("performance", report.crosshairs().performance());
            json.writeNumberField("importance", report.crosshairs().importance());
            json.writeEndObject();
            number(json, "nps", report.nps().score());
            json.writeArrayFieldStart("promises");
            for (PromiseGap gap : report.promises()) {
                promise(json, gap);
            }
            json.writeEndArray();
            items(json, "unanswered", report.unanswered());
            items(json, "unpromised", report.unpromised());
            json.writeEndObject();
            json.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void promise(JsonGenerator json, PromiseGap gap) throws IOException {
        json.writeStartObject();
        json.writeStringField("promise", gap.text());
        json.writeNumberField("promiseId", gap.promiseId());
        json.writeNumberField("target", gap.target());
        json.writeNumberField("importance", gap.importance());
        figures(json, gap.headline());
        nullable(json, "quadrant", gap.quadrant() == null ? null : gap.quadrant().key());
        json.writeBooleanField("thin", gap.thinEvidence());
        json.writeStringField("evidence", gap.evidence().name().toLowerCase(java.util.Locale.ROOT));
        json.writeObjectFieldStart("voices");
        for (Voice voice : Voice.values()) {
            json.writeObjectFieldStart(voice.label());
            figures(json, gap.voice(voice));
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("trend");
        for (TrendPoint point : gap.trend()) {
            json.writeStartObject();
            json.writeStringField("month", point.month().toString());
            json.writeNumberField("n", point.n());
            json.writeNumberField("delivered", point.delivered());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void figures(JsonGenerator json, VoiceFigures f) throws IOException {
        json.writeNumberField("n", f.n());
        number(json, "delivered", f.delivered());
        number(json, "sd", f.sd());
        number(json, "gap", f.gap());
        number(json, "deficit", f.deficit());
        ConfidenceInterval ci = f.ci95();
        if (ci == null) {
            json.writeNullField("ci95");
        } else {
            json.writeArrayFieldStart("ci95");
            json.writeNumber(ci.low());
            json.writeNumber(ci.high());
            json.writeEndArray();
        }
        number(json, "servqual", f.servqual());
        number(json, "nps", f.nps().score());
    }

    private static void items(JsonGenerator json, String name, List<Item> items) throws IOException {
        json.writeArrayFieldStart(name);
        for (Item item : items) {
            json.writeStartObject();
            json.writeNumberField("id", item.id());
            json.writeStringField("item", item.text());
            json.writeStringField("section", item.section().title().toLowerCase(java.util.Locale.ROOT));
            json.writeNumberField("importance", item.importance());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void number(JsonGenerator json, String name, Double value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }

    private static void nullable(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
