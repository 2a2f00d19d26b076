/**
 * A canvas's history: saving versions (by hand and automatically before big changes), reading what a version
 * holds, restoring one, and how a version's content is encoded for the store ({@code VersionContent}).
 */
package org.valuebench.app.history;
