package org.valuebench.app.feedback;

import org.valuebench.domain.SurveyMapping;

/**
 * How to import a file.
 *
 * @param mapping        how to read a survey export; null for ValueBench's long format
 * @param skipInvalid    import the valid rows and report the others, instead of refusing the whole file
 * @param allowDuplicate import content that was imported into the canvas before
 * @param anyDate        take any date, not only those from 1900 to 2100 (which catch a mistyped year)
 */
public record ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate, boolean anyDate) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, false, false, false);

    /** Options that keep dates to 1900-2100, as every import does unless asked otherwise. */
    public ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate) {
        this(mapping, skipInvalid, allowDuplicate, false);
    }

    public static ImportOptions longFormat() {
        return DEFAULT;
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(mapping, skip, allowDuplicate, anyDate);
    }

    public ImportOptions withAllowDuplicate(boolean allow) {
        return new ImportOptions(mapping, skipInvalid, allow, anyDate);
    }

    public ImportOptions withMapping(SurveyMapping newMapping) {
        return new ImportOptions(newMapping, skipInvalid, allowDuplicate, anyDate);
    }

    public ImportOptions withAnyDate(boolean any) {
        return new ImportOptions(mapping, skipInvalid, allowDuplicate, any);
    }
}
