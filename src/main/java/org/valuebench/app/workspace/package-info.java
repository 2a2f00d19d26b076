/**
 * Finding, opening and recovering the workspace file: where it is ({@code --db}, {@code VALUEBENCH_DB}, the
 * data folder), opening it with the sample canvases the first time, and copying a damaged one.
 */
package org.valuebench.app.workspace;
