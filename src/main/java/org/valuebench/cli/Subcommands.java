package org.valuebench.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/**
 * The subcommands by name, in the order {@code --help} lists them. picocli builds a command's model by reflection
 * when it is added (about 140 ms for all of them at start), so a command line naming one known command gets only
 * that one; help, a misspelled command or none at all gets every command, for the listing and the suggestions.
 */
final class Subcommands {
    private static final Map<String, Class<?>> BY_NAME;

    static {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        byName.put("list", ListCommand.class);
        byName.put("show", ShowCommand.class);
        byName.put("export-json", ExportJsonCommand.class);
        byName.put("import-json", ImportJsonCommand.class);
        byName.put("copy", CopyCommand.class);
        byName.put("export-pdf", ExportPdfCommand.class);
        byName.put("export-png", ExportPngCommand.class);
        byName.put("export-md", ExportMarkdownCommand.class);
        byName.put("import-feedback", ImportFeedbackCommand.class);
        byName.put("gaps", GapsCommand.class);
        byName.put("strategy", StrategyCommand.class);
        byName.put("diff", DiffCommand.class);
        byName.put("workshops", WorkshopsCommand.class);
        byName.put("workshop", WorkshopCommand.class);
        byName.put("versions", VersionsCommand.class);
        byName.put("save-version", SaveVersionCommand.class);
        byName.put("recover", RecoverCommand.class);
        byName.put("help", CommandLine.HelpCommand.class);
        BY_NAME = java.util.Collections.unmodifiableMap(byName);
    }

    /** The root's options that take a value; the value is never the command's name. */
    private static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--db", "--wait");
    private static final Set<String> ROOT_FLAGS = Set.of("--create");

    private Subcommands() {
    }

    static Set<String> names() {
        return BY_NAME.keySet();
    }

    static Class<?> type(String name) {
        return BY_NAME.get(name);
    }

    /** Adds the command {@code args} name, or every command when they name none that needs only itself. */
    static void addTo(CommandLine root, CommandLine.IFactory factory, String[] args) {
        String named = namedCommand(args);
        if (named != null && !named.equals("help")) {
            root.addSubcommand(named, new CommandLine(BY_NAME.get(named), factory));
            return;
        }
        BY_NAME.forEach((name, type) -> root.addSubcommand(name, new CommandLine(type, factory)));
    }

    /** The known command the arguments name before anything else; null for none, an unknown option or word. */
    static String namedCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (ROOT_FLAGS.contains(arg) || isRootOptionWithValue(arg)) {
                continue;
            } else {
                return BY_NAME.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    private static boolean isRootOptionWithValue(String arg) {
        int equals = arg.indexOf('=');
        return equals > 0 && ROOT_OPTIONS_WITH_VALUE.contains(arg.substring(0, equals));
    }
}
