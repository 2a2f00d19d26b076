package org.valuebench.ui.workshop.join;

import java.util.Optional;

/** The joining row's questions; the window shows them as JavaFX dialogs, tests answer them from a script. */
public interface JoiningDialogs {

    /** What to do with a removed participant's cards. */
    enum Removal { KEEP_CARDS, WITH_CARDS }

    /** Shows the open-joining dialog on {@code form} (which it edits); true when the facilitator opens joining. */
    boolean askOpen(JoinForm form);

    /** Asks for a participant's new name; empty when cancelled. */
    Optional<String> askRename(String name);

    /** Asks whether to remove {@code name} and what becomes of their {@code cards}; empty when cancelled. */
    Optional<Removal> askRemove(String name, int cards);
}
