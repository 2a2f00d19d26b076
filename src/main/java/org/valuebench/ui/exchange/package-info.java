/**
 * Sharing from the window: exports (JSON, PDF, PNG, Markdown) written on the export thread, JSON import, files
 * dropped on the window, and opening the exported file.
 */
package org.valuebench.ui.exchange;
