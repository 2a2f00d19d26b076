/** The canvas board: its sections, the cards on them, keyboard navigation, zoom and the selected card's link lines. */
package org.valuebench.ui.board;
