package org.valuebench.store;

/** A database user with windows open on the same team workspace, and how many (see {@link Workspace#others()}). */
public record Connected(String user, int windows) {
}
