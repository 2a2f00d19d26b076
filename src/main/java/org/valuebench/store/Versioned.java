package org.valuebench.store;

/** A row and its version, read in one statement (so the two always belong together). */
public record Versioned<T>(T row, long version) {
}
