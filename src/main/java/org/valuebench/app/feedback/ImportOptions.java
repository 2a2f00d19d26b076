package org.valuebench.app.feedback;

import org.valuebench.domain.FeedbackFormat;
import org.valuebench.domain.SurveyMapping;

/**
 * How to import a file.
 *
 * @param mapping        how to read a survey export; null for ValueBench's long format
 * @param skipInvalid    import the valid rows and report the others, instead of refusing the whole file
 * @param allowDuplicate import content that was imported into the canvas before
 * @param anyDate        take any date, not only those from 1900 to 2100 (which catch a mistyped year)
 * @param format         the kind of file, or null to tell it from the content
 * @param sheet          a workbook's sheet to read, blank for the first
 */
public record ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate, boolean anyDate,
                            FeedbackFormat format, String sheet) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, false, false, false);

    public ImportOptions {
        sheet = sheet == null ? "" : sheet.strip();
    }

    /** Options for a file whose kind is told from its content, read from its first sheet if it has sheets. */
    public ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate, boolean anyDate) {
        this(mapping, skipInvalid, allowDuplicate, anyDate, null, "");
    }

    /** Options that keep dates to 1900-2100, as every import does unless asked otherwise. */
    public ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate) {
        this(mapping, skipInvalid, allowDuplicate, false);
    }

    public static ImportOptions longFormat() {
        return DEFAULT;
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(mapping, skip, allowDuplicate, anyDate, format, sheet);
    }

    public ImportOptions withAllowDuplicate(boolean allow) {
        return new ImportOptions(mapping, skipInvalid, allow, anyDate, format, sheet);
    }

    public ImportOptions withMapping(SurveyMapping newMapping) {
        return new ImportOptions(newMapping, skipInvalid, allowDuplicate, anyDate, format, sheet);
    }

    public ImportOptions withAnyDate(boolean any) {
        return new ImportOptions(mapping, skipInvalid, allowDuplicate, any, format, sheet);
    }

    /** @param kind null to tell the kind from the content */
    public ImportOptions withFormat(FeedbackFormat kind) {
        return new ImportOptions(mapping, skipInvalid, allowDuplicate, anyDate, kind, sheet);
    }

    /** @param name blank for the first sheet */
    public ImportOptions withSheet(String name) {
        return new ImportOptions(mapping, skipInvalid, allowDuplicate, anyDate, format, name);
    }
}
