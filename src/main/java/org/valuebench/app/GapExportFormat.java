package org.valuebench.app;

/** File formats the gap report can be written in. */
public enum GapExportFormat {
    JSON, CSV
}
