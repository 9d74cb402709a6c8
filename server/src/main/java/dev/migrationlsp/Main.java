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
        System.exit(RootCommand.run(args));
    }

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";
}
