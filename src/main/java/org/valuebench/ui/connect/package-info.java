/**
 * File ▸ Connect to team workspace…: the dialog asking where a team workspace on a PostgreSQL server is (host,
 * port, database, user, password and TLS, or one address) and its view model, which turns the answer into a
 * {@link org.valuebench.app.workspace.TeamAddress} that keeps the password for the session only.
 */
package org.valuebench.ui.connect;
