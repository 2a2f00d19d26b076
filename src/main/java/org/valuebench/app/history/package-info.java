/**
 * A canvas's history as use cases: saving versions (by hand and automatically before big changes), reading what a
 * version holds, restoring one, how a version's content is encoded for the store ({@code VersionContent}); and
 * comparing: the two sides of a comparison (a canvas now or one of its versions), the comparison itself, and the
 * one-line summaries the history list shows.
 */
package org.valuebench.app.history;
