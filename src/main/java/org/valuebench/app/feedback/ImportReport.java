package org.valuebench.app.feedback;

import java.util.ArrayList;
import java.util.List;
import org.valuebench.domain.ExcludedResponses;

/**
 * What an import did with a file's rows.
 *
 * @param records  records the file yielded (a survey row gives one per answered, mapped question)
 * @param imported records written
 * @param refused  records refused; {@code problems} lists the first {@link #MAX_LISTED} of them
 * @param excluded survey rows left out as not customers' feedback (previews, tests, spam, unfinished)
 */
public record ImportReport(String fileName, long records, long imported, long refused, List<ImportProblem> problems,
                           ExcludedResponses excluded) {
    public static final int MAX_LISTED = 1_000;

    public ImportReport {
        problems = List.copyOf(problems);
        excluded = excluded == null ? ExcludedResponses.NONE : excluded;
    }

    /** A report of a file that held no rows to leave out. */
    public ImportReport(String fileName, long records, long imported, long refused, List<ImportProblem> problems) {
        this(fileName, records, imported, refused, problems, ExcludedResponses.NONE);
    }

    public boolean hasProblems() {
        return refused > 0;
    }

    /**
     * One line per problem, with a line for those not listed, and last the survey rows left out ("Left out 2
     * survey previews and 1 unfinished response ...") when there were any.
     */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(problemLines());
        if (!excluded.isEmpty()) {
            lines.add(excluded.describe());
        }
        return lines;
    }

    /** One line per problem, with a last line for those not listed. */
    public List<String> problemLines() {
        List<String> lines = new ArrayList<>(problems.stream().map(ImportProblem::describe).toList());
        if (refused > problems.size()) {
            lines.add("... and " + (refused - problems.size()) + " more");
        }
        return lines;
    }
}
