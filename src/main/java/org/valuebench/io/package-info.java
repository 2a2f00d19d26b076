/**
 * File formats: the JSON exchange format, the PDF report, Markdown and PNG. Reads the report package for every
 * figure it prints; knows nothing of the workspace.
 */
package org.valuebench.io;
