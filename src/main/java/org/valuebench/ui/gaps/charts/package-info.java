/**
 * The Gaps tab's charts: gap bars with confidence whiskers, importance against performance, the monthly trend
 * and the voices compared. Each shows a gap report it is given; none reads the workspace.
 */
package org.valuebench.ui.gaps.charts;
