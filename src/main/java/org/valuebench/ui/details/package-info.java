/** The details pane of the selected item or canvas: text, levels, colour tag, fit links. */
package org.valuebench.ui.details;
