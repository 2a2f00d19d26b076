package org.valuebench.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of file delivery feedback is imported from. Each is told from the file's content (not only its
 * extension); {@code import-feedback --format} names one to skip the detection.
 */
public enum FeedbackFormat {
    /** A CSV file: ValueBench's long format, or a survey export (Google Forms, SurveyMonkey, Qualtrics). */
    CSV("csv", "CSV file"),
    /** An Excel workbook (.xlsx): Microsoft Forms, SurveyMonkey, or a sheet made by hand. */
    XLSX("xlsx", "Excel workbook"),
    /** Google Play Console's reviews export: CSV in UTF-16. */
    GOOGLE_PLAY("google-play", "Google Play reviews export"),
    /** App Store Connect's {@code customerReviews} JSON. */
    APP_STORE("app-store", "App Store Connect customer reviews"),
    /** Zendesk's satisfaction ratings API JSON (good or bad, with a comment). */
    ZENDESK("zendesk", "Zendesk satisfaction ratings"),
    /** Delighted's survey responses JSON: NPS, CSAT or CES. */
    DELIGHTED("delighted", "Delighted survey responses"),
    /** Typeform's responses JSON (the {@code items} of {@code GET /forms/{id}/responses}). */
    TYPEFORM("typeform", "Typeform responses"),
    /** Qualtrics's JSON export of a survey's responses. */
    QUALTRICS_JSON("qualtrics-json", "Qualtrics responses (JSON)");

    private final String id;
    private final String title;

    FeedbackFormat(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** As {@code --format} takes it, e.g. {@code google-play}. */
    public String id() {
        return id;
    }

    /** As shown to users, e.g. "Google Play reviews export". */
    public String title() {
        return title;
    }

    /** Reads a format by its id, any case. */
    public static FeedbackFormat parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (FeedbackFormat format : values()) {
            if (format.id.equals(key)) {
                return format;
            }
        }
        throw new InvalidInputException("format " + MessageText.quote(text == null ? "" : text.strip())
                + " is not one of " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(FeedbackFormat::id).collect(Collectors.joining(", "));
    }
}
