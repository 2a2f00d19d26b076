package org.valuebench.app.team;

/** The connection of a window to its team workspace's server. */
public enum ConnectionState {
    /** Connected and hearing colleagues' changes as they are committed. */
    LIVE,
    /** The server is out of reach: the window shows the last state read-only while it retries. */
    LOST
}
