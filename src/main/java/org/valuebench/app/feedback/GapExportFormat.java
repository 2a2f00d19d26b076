package org.valuebench.app.feedback;

/** File formats the gap report can be written in. */
public enum GapExportFormat {
    JSON, CSV
}
