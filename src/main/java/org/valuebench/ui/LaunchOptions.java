package org.valuebench.ui;

import java.util.List;

/** What the window takes from the command line: only {@code --db FILE} (or {@code --db=FILE}). */
record LaunchOptions(String dbOption) {

    static LaunchOptions parse(List<String> args) {
        String db = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--db needs a workspace file, e.g. --db my-workspace.db");
                }
                db = args.get(++i);
            } else if (arg.startsWith("--db=")) {
                db = arg.substring("--db=".length());
                if (db.isBlank()) {
                    throw new IllegalArgumentException("--db needs a workspace file, e.g. --db=my-workspace.db");
                }
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'. The window takes only --db FILE;"
                        + " run with --help for the command line.");
            }
        }
        return new LaunchOptions(db);
    }
}
