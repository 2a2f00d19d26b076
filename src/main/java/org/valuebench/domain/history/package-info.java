/**
 * Records and rules of a canvas's history: its saved versions (named by a person or by their cause), what a
 * version holds, and what changed between two versions. Pure: no SQL, no UI.
 */
package org.valuebench.domain.history;
