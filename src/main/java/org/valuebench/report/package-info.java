/**
 * The presentation model of the figures: turns the analyses (gap report, fit, differentiation) into labelled
 * figures with their formula, inputs and rounding, so the window, the PDF, the Markdown and the command line
 * word and round a figure in one place. Uses domain and analysis only.
 */
package org.valuebench.report;
