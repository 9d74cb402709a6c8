package dev.migrationlsp.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code lsp}: run the language server (placeholder until the server lands). */
@Command(name = "lsp", description = "Run the language server (what editors start).")
public final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new RootCommand.UsageError("the language server is not built yet");
    }
}
