package org.valuebench.app;

import org.valuebench.domain.SurveyMapping;

/**
 * How to import a file.
 *
 * @param mapping        how to read a survey export; null for ValueBench's long format
 * @param skipInvalid    import the valid rows and report the others, instead of refusing the whole file
 * @param allowDuplicate import content that was imported into the canvas before
 */
public record ImportOptions(SurveyMapping mapping, boolean skipInvalid, boolean allowDuplicate) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, false, false);

    public static ImportOptions longFormat() {
        return DEFAULT;
    }

    public ImportOptions withSkipInvalid(boolean skip) {
        return new ImportOptions(mapping, skip, allowDuplicate);
    }

    public ImportOptions withAllowDuplicate(boolean allow) {
        return new ImportOptions(mapping, skipInvalid, allow);
    }

    public ImportOptions withMapping(SurveyMapping newMapping) {
        return new ImportOptions(newMapping, skipInvalid, allowDuplicate);
    }
}
