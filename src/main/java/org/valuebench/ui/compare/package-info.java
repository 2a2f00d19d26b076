/**
 * Compare on the board: a canvas's version with now, two versions, or two canvases, shown read-only in the Canvas
 * tab with the cards added, removed and changed marked and the figures that moved beneath.
 */
package org.valuebench.ui.compare;
