package org.valuebench.ui.workbench;

/** What the status bar says about the workspace. */
public record SaveStatus(Kind kind, String text) {

    public enum Kind { OPENING, SAVING, SAVED, NOTICE, ERROR }

    public static SaveStatus of(Kind kind, String text) {
        return new SaveStatus(kind, text);
    }
}
