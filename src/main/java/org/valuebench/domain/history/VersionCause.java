package org.valuebench.domain.history;

/**
 * Why a version was taken: by hand, or automatically before something that changes much at once. The automatic
 * ones are named for their cause, so the history reads as what happened.
 */
public enum VersionCause {
    SAVED("Saved"),
    WORKSHOP_STARTED("Workshop started"),
    WORKSHOP_FINISHED("Workshop finished"),
    JSON_IMPORT("Before JSON import"),
    SURVEY_IMPORT("Before survey import"),
    VOTE_APPLIED("Before applying a vote"),
    RESTORE("Before restore"),
    FIRST_EDIT_OF_DAY("First edit of the day");

    private final String defaultName;

    VersionCause(String defaultName) {
        this.defaultName = defaultName;
    }

    /** The name an automatic version gets. */
    public String defaultName() {
        return defaultName;
    }
}
