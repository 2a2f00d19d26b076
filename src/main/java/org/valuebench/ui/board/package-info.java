/** The canvas board: its sections, the cards on them, keyboard navigation and the picture for PNG export. */
package org.valuebench.ui.board;
