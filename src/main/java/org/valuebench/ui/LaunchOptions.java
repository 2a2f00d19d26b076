package org.valuebench.ui;

import java.util.List;

/**
 * What the window takes from the command line: only {@code --db FILE} (or {@code --db=FILE}) and {@code --create}
 * (make the file's folder when it is missing).
 */
record LaunchOptions(String dbOption, boolean create) {

    static LaunchOptions parse(List<String> args) {
        String db = null;
        boolean create = false;
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
            } else if (arg.equals("--create")) {
                create = true;
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'. The window takes only --db FILE"
                        + " and --create; run with --help for the command line.");
            }
        }
        return new LaunchOptions(db, create);
    }
}
