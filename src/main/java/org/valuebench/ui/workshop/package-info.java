/**
 * Workshop mode: the facilitator's console in the main window and the presentation window for the projector, both
 * following one {@link org.valuebench.ui.workshop.WorkshopSession}.
 */
package org.valuebench.ui.workshop;
