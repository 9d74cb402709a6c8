package dev.migrationlsp.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migration-lsp [lsp|check|heads|new|rules]}; no subcommand starts the language server on stdio. */
@Command(name = "migration-lsp", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Language server and checker for Alembic (PostgreSQL) and ClickHouse migration histories.",
        subcommands = {LspCommand.class, CheckCommand.class, HeadsCommand.class, NewCommand.class, GraphCommand.class, RulesCommand.class, CommandLine.HelpCommand.class})
public final class RootCommand implements Runnable {

    /** Exit codes (README, "Command line"). */
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    @Override
    public void run() {
        new LspCommand().call();
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        OptionalInt fast = HeadsCommand.runWithoutPicocli(args, out, err);
        if (fast.isPresent()) {
            return fast.getAsInt();
        }
        // What editors run: skip picocli, whose Java 5 class files cost ~80 ms of verification at every start.
        if (args.length == 0 || (args[0].equals("lsp") && (args.length == 1 || (args.length == 2 && args[1].equals("--stdio"))))) {
            return new LspCommand().call();
        }
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageError u) {
                commandLine.getErr().println("migration-lsp: " + u.getMessage());
                return USAGE;
            }
            commandLine.getErr().println("migration-lsp: internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return USAGE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("migration-lsp: " + ex.getMessage());
            String sub = ex.getCommandLine().getCommandName().replace("migration-lsp", "").trim();
            ex.getCommandLine().getErr().println("Try 'migration-lsp " + (sub.isEmpty() ? "" : sub + " ") + "--help'.");
            return USAGE;
        });
        return cl.execute(args);
    }

    /** Bad input the user can fix: printed as one line, exit 2. */
    public static final class UsageError extends RuntimeException {
        public UsageError(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"migration-lsp " + (v == null ? "dev" : v)};
        }
    }
}
