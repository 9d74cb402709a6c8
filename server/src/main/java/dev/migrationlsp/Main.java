package dev.migrationlsp;

import dev.migrationlsp.cli.RootCommand;

/** Entry point of the jar: the CLI; with no arguments (or {@code lsp}) it runs the language server on stdio. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        boolean server = args.length == 0 || args[0].equals("lsp");
        if (!server && System.getProperty(LOG_FORMAT) == null) {
            // a command's warnings (a folder not read, a file that cannot be listed) as one line each, like its errors,
            // instead of java.util.logging's two lines with a date and a class name
            System.setProperty(LOG_FORMAT, "migration-lsp: %4$s: %5$s%n");
        }
        startupFriendlyGuice();
        System.exit(RootCommand.run(args));
    }

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    /**
     * Guice, unless told otherwise, generates a class per injected constructor ({@code FastClassByGuice}, through its
     * bundled ASM; such classes never enter the AppCDS archive) and records the caller's stack trace for every binding
     * (for error messages). This tool injects a few dozen singletons once per process and uses no method interception,
     * so reflection and module-level sources cost less at every start. A user's {@code -D} setting still wins.
     */
    static void startupFriendlyGuice() {
        if (System.getProperty("guice_bytecode_gen_option") == null) {
            System.setProperty("guice_bytecode_gen_option", "DISABLED");
        }
        if (System.getProperty("guice_include_stack_traces") == null) {
            System.setProperty("guice_include_stack_traces", "OFF");
        }
    }
}
