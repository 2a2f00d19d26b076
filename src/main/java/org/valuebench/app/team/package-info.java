/**
 * Working together on a team workspace: colleagues' changes as they are committed ({@link
 * org.valuebench.app.team.TeamWatch}), the state of the connection to the server, and who else is connected.
 */
package org.valuebench.app.team;
