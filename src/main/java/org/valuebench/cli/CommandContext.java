package org.valuebench.cli;

import java.io.PrintWriter;
import java.util.Objects;

/** What every command gets from the composition root: where to write, and how to reach the workspace. */
public record CommandContext(PrintWriter out, PrintWriter err, WorkbenchSource workbenches) {

    public CommandContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(workbenches, "workbenches");
    }
}
