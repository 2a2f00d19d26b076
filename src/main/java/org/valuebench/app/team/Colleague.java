package org.valuebench.app.team;

/**
 * Someone else with the team workspace open.
 *
 * @param user    the database user they signed in as
 * @param windows how many ValueBench windows they have open on it
 */
public record Colleague(String user, int windows) {
}
