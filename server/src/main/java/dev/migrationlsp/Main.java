package dev.migrationlsp;

import dev.migrationlsp.cli.RootCommand;

/** Entry point of the jar: the CLI; with no arguments (or {@code lsp}) it runs the language server on stdio. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(RootCommand.run(args));
    }
}
