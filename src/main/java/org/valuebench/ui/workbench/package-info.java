/**
 * The open workspace as the window holds it: {@code WorkbenchViewModel} (committed state, the workspace, canvas
 * and item commands, undo), the one database thread that owns the {@code Workbench}, and the window's dialogs
 * interface. Every feature package builds on this one.
 */
package org.valuebench.ui.workbench;
