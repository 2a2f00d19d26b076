/**
 * Feedback on a canvas: records and their undoable commands, the CSV and survey import pipeline with its row
 * checks, and the gap report read from the feedback.
 */
package org.valuebench.app.feedback;
