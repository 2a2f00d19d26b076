/**
 * The presentation window for the projector: the current step of the running workshop, large, read from the
 * {@link org.valuebench.ui.workshop.WorkshopSession} the console changes. It never changes the workshop.
 */
package org.valuebench.ui.workshop.presentation;
