/**
 * What the window remembers between runs (bounds, theme, export folder and paper size, the gap view's choices),
 * in Preferences or, for tests, in memory.
 */
package org.valuebench.ui.settings;
