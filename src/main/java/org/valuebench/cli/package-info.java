/**
 * The command line: picocli subcommands over the app's use cases; never starts JavaFX. Output goes to the
 * streams of its CommandContext; exit 0 ok, 1 bad input, 2 usage.
 */
package org.valuebench.cli;
