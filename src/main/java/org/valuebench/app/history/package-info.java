/**
 * A canvas's history as use cases: the two sides of a comparison (a canvas now or one of its versions), the
 * comparison itself, and the one-line summaries the history list shows.
 */
package org.valuebench.app.history;
