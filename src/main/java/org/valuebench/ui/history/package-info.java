/**
 * A canvas's history in the window: File ▸ Save version…, the History panel beside the details (its versions,
 * newest first, with compare, restore, open as new canvas and delete), and the choice of versions to compare.
 */
package org.valuebench.ui.history;
