package org.valuebench.app.workshop;

import org.valuebench.app.Change;
import org.valuebench.domain.workshop.WorkshopRecord;

/** The state after a facilitator action: the canvas as the editor shows it, and the whole workshop. */
public record WorkshopChange(Change change, WorkshopRecord workshop) {
}
