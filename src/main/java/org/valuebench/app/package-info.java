/**
 * The use cases on one open workspace: {@link org.valuebench.app.Workbench}, the one undo history and its
 * commands, and the canvas and item edits every feature builds on. The feature packages below use this one;
 * it uses none of them.
 */
package org.valuebench.app;
