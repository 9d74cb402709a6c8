package dev.migrationlsp.cli;

import dev.migrationlsp.BuildVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code migration-lsp [lsp|check|heads|new|rules]}; no subcommand starts the language server on stdio. */
@Command(
        name = "migration-lsp",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Language server and checker for Alembic (PostgreSQL) and ClickHouse migration histories.")
public final class RootCommand implements Runnable {
    /**
     * The subcommands, in the order the usage help lists them. Added by {@link #commandLine(PrintWriter, PrintWriter,
     * Path, String[])} rather than named in {@code @Command}: picocli reads every option of every command it is given,
     * by reflection, at every start, and that was the largest single cost of starting {@code check}.
     */
    static List<Class<?>> subcommands() {
        return Subcommands.ALL;
    }

    /**
     * Initialised on first use, not with this class: naming picocli's {@code HelpCommand} loads it and two interfaces
     * from the jar (Java 5 classes, never in the class archive), which {@code heads} and {@code check} without picocli
     * do not need.
     */
    private static final class Subcommands {
        static final List<Class<?>> ALL = List.of(
                LspCommand.class,
                CheckCommand.class,
                HeadsCommand.class,
                NewCommand.class,
                GraphCommand.class,
                RulesCommand.class,
                CommandLine.HelpCommand.class);
    }

    /** Exit codes (README, "Command line"). */
    public static final int OK = 0;

    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private final Path workingDirectory;

    RootCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The directory output paths are relative to (the process's current directory, or a test's stand-in). */
    Path workingDirectory() {
        return workingDirectory;
    }

    /** The root command of a subcommand's spec, for its working directory. */
    static RootCommand of(picocli.CommandLine.Model.CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }

    @Override
    public void run() {
        new LspCommand().call();
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Path.of(""));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with output paths relative to {@code workingDirectory}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDirectory) {
        OptionalInt fast = HeadsCommand.runWithoutPicocli(args, out, err);
        if (fast.isEmpty()) {
            fast = CheckCommand.runWithoutPicocli(
                    args, out, err, workingDirectory.toAbsolutePath().normalize());
        }
        if (fast.isPresent()) {
            return fast.getAsInt();
        }
        // What editors run: skip picocli, whose Java 5 class files cost ~80 ms of verification at every start.
        if (args.length == 0
                || (args[0].equals("lsp") && (args.length == 1 || (args.length == 2 && args[1].equals("--stdio"))))) {
            return new LspCommand().call();
        }
        return commandLine(out, err, workingDirectory, args).execute(args);
    }

    /** The picocli command line with this tool's error handling: one line per error, exit 2. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Path workingDirectory) {
        return commandLine(out, err, workingDirectory, new String[0]);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that subcommand is added (it
     * parses and behaves the same); otherwise (root options, {@code help}, an unknown command) every subcommand, so
     * the usage help and the "unknown command" message list them all.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, Path workingDirectory, String[] args) {
        CommandLine cl = new CommandLine(new RootCommand(workingDirectory));
        Class<?> named = args.length == 0 ? null : subcommandNamed(args[0]);
        for (Class<?> sub : subcommands()) {
            if (named == null || sub == named) {
                cl.addSubcommand(sub);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UsageError u) {
                commandLine.getErr().println("migration-lsp: " + u.getMessage());
                return USAGE;
            }
            reportInternalError(ex, commandLine.getErr());
            return USAGE;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine where = ex.getCommandLine();
            where.getErr().println("migration-lsp: " + usageMessage(ex));
            return USAGE;
        });
        return cl;
    }

    /**
     * One line for a command-line mistake: an unknown command names the commands; anything else points at the
     * command's {@code --help}. Picocli's own messages can span lines (suggestions); only the first is kept.
     */
    private static String usageMessage(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        boolean atRoot = where.getParent() == null;
        if (atRoot
                && ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            String commands = where.getSubcommands().keySet().stream().collect(Collectors.joining(", "));
            return "unknown command '" + u.getUnmatched().get(0) + "' (commands: " + commands + ")";
        }
        String message = ex.getMessage() == null
                ? "invalid arguments"
                : ex.getMessage().lines().findFirst().orElse("");
        String sub = atRoot ? "" : where.getCommandName() + " ";
        return message + " (see 'migration-lsp " + sub + "--help')";
    }

    /** A bug, not the user's mistake: one line; the stack trace only when MIGRATION_LSP_DEBUG is set. */
    static void reportInternalError(Throwable ex, PrintWriter err) {
        String what = ex.getMessage() == null
                ? ex.getClass().getSimpleName()
                : ex.getMessage().lines().findFirst().orElse("");
        err.println("migration-lsp: internal error (please report it; MIGRATION_LSP_DEBUG=1 shows details): " + what);
        if (System.getenv("MIGRATION_LSP_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
    }

    /** The subcommand whose {@code @Command} name is {@code name} (the built-in {@code help} excluded), or null. */
    static Class<?> subcommandNamed(String name) {
        for (Class<?> sub : subcommands()) {
            Command command = sub.getAnnotation(Command.class);
            if (sub != CommandLine.HelpCommand.class
                    && command != null
                    && command.name().equals(name)) {
                return sub;
            }
        }
        return null;
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
            return new String[] {"migration-lsp " + BuildVersion.get()};
        }
    }
}
