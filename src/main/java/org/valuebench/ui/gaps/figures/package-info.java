/**
 * The gap figures as the window shows them: each cell's text with the formula and inputs for its tooltip, read
 * from the report package in the screen's style. Used by the ranking, the charts and the strategy view.
 */
package org.valuebench.ui.gaps.figures;
