/**
 * Sharing canvases: export as JSON, PDF, PNG and Markdown, and JSON import as a new canvas; exports are
 * prepared on the database thread and written whole or not at all.
 */
package org.valuebench.app.exchange;
