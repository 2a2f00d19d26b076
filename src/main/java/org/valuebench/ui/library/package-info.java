/** The library of canvases beside the board: list, new, duplicate, rename, delete. */
package org.valuebench.ui.library;
