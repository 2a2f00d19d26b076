/**
 * What the window remembers between runs (bounds, theme, export folder and paper size, whether delivered levels
 * show), in Preferences or, for tests, in memory.
 */
package org.valuebench.ui.settings;
