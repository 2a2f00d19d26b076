package org.valuebench.ui;

import java.nio.file.Path;
import java.util.Optional;

/** The questions and messages the window puts to the user; tests answer them from a script. */
public interface Dialogs {

    void showError(String title, String message);

    /** Asks to go ahead with something that needs a second thought; true when the user confirms. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks for a line of text; empty when the user cancels. */
    Optional<String> askText(String title, String label, String initial);

    Optional<Path> chooseWorkspaceToOpen(Path folder);

    Optional<Path> chooseNewWorkspace(Path folder);
}
