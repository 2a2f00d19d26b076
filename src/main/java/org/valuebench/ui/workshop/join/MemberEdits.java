package org.valuebench.ui.workshop.join;

import org.valuebench.app.workshop.WorkshopActions;
import org.valuebench.app.workshop.WorkshopChange;

/** Renaming and removing a participant: the app.workshop use cases the joining row runs as the window's edits. */
public interface MemberEdits {

    WorkshopChange rename(WorkshopActions tools, long workshopId, long participantId, String name);

    /** {@code withCards}: their cards go too; else the cards stay on the canvas without an author. */
    WorkshopChange remove(WorkshopActions tools, long workshopId, long participantId, boolean withCards);
}
