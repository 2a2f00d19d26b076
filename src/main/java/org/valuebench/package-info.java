/**
 * The jar's entry point: the Launcher sends a command to the command line and anything else to the window.
 */
package org.valuebench;
