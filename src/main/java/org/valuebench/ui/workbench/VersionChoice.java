package org.valuebench.ui.workbench;

/** What the user keeps when an edit was refused because a colleague changed the same thing first. */
public enum VersionChoice {
    /** Write mine over the colleague's version, as a new edit (undo brings theirs back). */
    KEEP_MINE,
    /** Keep the colleague's version; mine is not saved (the dialog can copy it first). */
    KEEP_THEIRS
}
