/**
 * The window's start: {@code GuiMain} and {@code ValueBenchApp} (the GUI composition root) build
 * {@code ValueBenchWindow}, which wires the feature packages below into one window. Nothing imports this package
 * but the launcher.
 */
package org.valuebench.ui;
