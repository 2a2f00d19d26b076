/**
 * Generic JavaFX helpers with no knowledge of ValueBench's features: icons, tooltips built on first hover, text
 * fitting, date fields and short labels.
 */
package org.valuebench.ui.fx;
