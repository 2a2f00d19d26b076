/**
 * The Gaps tab: the gap view and its model, the ranking, the four charts, the drill-down into records, and the
 * figures with their formulas.
 */
package org.valuebench.ui.gaps;
