package org.valuebench.app.feedback;

import java.util.List;

/**
 * What an import did with a file's rows.
 *
 * @param records  records the file yielded (a survey row gives one per answered, mapped question)
 * @param imported records written
 * @param refused  records refused; {@code problems} lists the first {@link #MAX_LISTED} of them
 */
public record ImportReport(String fileName, long records, long imported, long refused, List<ImportProblem> problems) {
    public static final int MAX_LISTED = 1_000;

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return refused > 0;
    }

    /** One line per problem, with a last line for those not listed. */
    public List<String> lines() {
        List<String> lines = new java.util.ArrayList<>(problems.stream().map(ImportProblem::describe).toList());
        if (refused > problems.size()) {
            lines.add("... and " + (refused - problems.size()) + " more");
        }
        return lines;
    }
}
