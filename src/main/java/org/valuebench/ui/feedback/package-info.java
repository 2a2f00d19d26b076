/**
 * Bringing feedback in: the CSV import with progress, the survey mapping dialog and its model, the record dialog,
 * and the dialogs interface the gap view and the import put their questions through.
 */
package org.valuebench.ui.feedback;
