package org.valuebench.ui;

/** What the status bar says about the workspace. */
public record SaveStatus(Kind kind, String text) {

    public enum Kind { OPENING, SAVING, SAVED, NOTICE, ERROR }

    static SaveStatus of(Kind kind, String text) {
        return new SaveStatus(kind, text);
    }
}
