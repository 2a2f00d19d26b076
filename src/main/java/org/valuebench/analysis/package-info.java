/**
 * Pure figures: fit, the gap analysis (delivered, confidence interval, deficit, quadrant, NPS, trend) and
 * differentiation. No I/O, no JavaFX, no SQL.
 */
package org.valuebench.analysis;
