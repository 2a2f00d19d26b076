/**
 * The main window's frame: {@code MainView} lays out the library, the board, the details and the tabs, with the
 * menus, toolbar, status bar and theme; the gap and strategy features add their tabs to it.
 */
package org.valuebench.ui.shell;
