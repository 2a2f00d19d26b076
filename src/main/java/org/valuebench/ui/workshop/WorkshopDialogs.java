package org.valuebench.ui.workshop;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.valuebench.domain.Section;
import org.valuebench.domain.workshop.VoteSettings;

/** The console's own questions; the window shows them as JavaFX dialogs, tests answer them from a script. */
public interface WorkshopDialogs {

    /** Shows the start dialog on {@code form} (which it edits); true when the facilitator starts the workshop. */
    boolean askStart(StartWorkshopForm form);

    /** Asks what to vote on and how, offering the given choices first; empty when cancelled. */
    Optional<VoteSettings> askVote(List<Section> suggested, int dots, boolean oneDotPerCard, boolean anonymous);

    /** Asks for a whole number (a paper tally, the top N); empty when cancelled. */
    OptionalInt askNumber(String title, String label, int initial);
}
