/**
 * The SQLite workspace: opening (file checks, header, lock, Flyway with backup), one connection, write
 * transactions that wait their turn, repositories, running sums, damage and recovery. Knows only the domain.
 */
package org.valuebench.store;
