/**
 * Generic JavaFX helpers with no knowledge of ValueBench's features: icons, tooltips built on first hover, text
 * fitting, date fields, short labels, and the frame scheduling of screen updates.
 */
package org.valuebench.ui.fx;
