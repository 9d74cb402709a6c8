package dev.migrationlsp.cli;

import com.google.gson.GsonBuilder;
import dev.migrationlsp.insight.HeadsReport;
import dev.migrationlsp.workspace.AlembicHistory;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.HeaderCache;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceConfig;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code heads}: the Alembic heads, read statically. Kept free of the rule wiring so it starts fast on large
 * histories (it needs only the light header scan).
 */
@Command(
        name = "heads",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = "Print the Alembic heads: \"<revision>\" then its branch labels, one per line.")
public final class HeadsCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "Workspace root (default: current directory).")
    Path path;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--history", paramLabel = "NAME", description = "Only this Alembic history's heads.")
    String history;

    @Option(
            names = "--no-cache",
            description = "Read every revision file; do not use or update the header cache"
                    + " (also: MIGRATION_LSP_NO_CACHE=1).")
    boolean noCache;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return execute(
                path,
                format,
                history,
                noCache,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /**
     * One line per head; with several histories each line starts with the history's name ({@code core: 1a2b3c4d5e6f}),
     * and a history without revisions says so, so every history is accounted for.
     *
     * <p>With the header cache, the printed answer is remembered beside it and printed again, without building the
     * graph, while the histories and every revision file's path and stat stay the same
     * ({@link Workspace#rememberedAnswer}).
     */
    static int execute(Path path, Format format, String history, boolean noCache, PrintWriter out, PrintWriter err) {
        HeaderCache cache = noCache ? HeaderCache.disabled() : HeaderCache.forCommandLine(System.getenv());
        Workspace workspace = WorkspaceOptions.configure(path, new ConfigLoader(), cache, true, false);
        WorkspaceConfig config = workspace.config();
        WorkspaceOptions.requireAlembic(config);
        List<AlembicHistory> chosen = WorkspaceOptions.histories(config, history);
        // NUL cannot occur in a command-line argument: the question is unambiguous
        Optional<byte[]> remembered =
                workspace.rememberedAnswer("heads", format + "\0" + (history == null ? "" : history), List.of());
        if (remembered.isPresent()) {
            return CapturedOutput.replay(remembered.get(), out, err);
        }
        CapturedOutput captured = new CapturedOutput();
        answer(workspace.readListed(), chosen, format, captured.out, captured.err);
        workspace.rememberAnswer(captured.forward(RootCommand.OK, out, err));
        return RootCommand.OK;
    }

    private static void answer(
            WorkspaceSnapshot ws, List<AlembicHistory> chosen, Format format, PrintWriter out, PrintWriter err) {
        HeadsReport report = HeadsReport.of(ws, chosen);
        if (format == Format.json) {
            out.println(new GsonBuilder()
                    .setPrettyPrinting()
                    .disableHtmlEscaping()
                    .create()
                    .toJson(report.heads()));
        } else {
            for (AlembicHistory h : chosen) {
                String prefix = chosen.size() > 1 ? h.name() + ": " : "";
                boolean any = false;
                for (HeadsReport.Head head : report.heads()) {
                    if (chosen.size() > 1 && !h.name().equals(head.history())) {
                        continue;
                    }
                    any = true;
                    out.println(prefix + head.revision() + head.labelsText());
                }
                if (!any && chosen.size() > 1) {
                    out.println(prefix + "(no revisions)");
                }
            }
        }
        out.flush();
        if (chosen.stream().map(ws::revisionGraph).anyMatch(g -> g.parentsUnknown() || g.revisionsUnknown())) {
            err.println("migration-lsp: warning: some revision or down_revision cannot be read statically;"
                    + " these heads may be incomplete");
        }
        if (report.conflict()) {
            List<String> where = chosen.size() == 1
                    ? List.of()
                    : report.heads().stream()
                            .filter(HeadsReport.Head::conflict)
                            .map(HeadsReport.Head::history)
                            .distinct()
                            .toList();
            err.println("migration-lsp: warning: a branch" + (where.isEmpty() ? "" : " of " + String.join(", ", where))
                    + " has more than one head; run `migration-lsp check` for details");
        }
        err.flush();
    }

    /**
     * {@code heads [PATH] [--format text|json] [--history NAME] [--no-cache]} without picocli, for start-up time on big histories: picocli ships Java 5
     * bytecode, which the JVM verifies with the slow old verifier and cannot keep in a CDS archive; that was about half
     * of the {@code heads} start-up. Any other argument shape (help, unknown options, {@code @argfiles}, mistakes)
     * returns empty, and picocli handles it as before. Errors are reported as the picocli path reports them.
     */
    static OptionalInt runWithoutPicocli(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals("heads") || args.length > 7) {
            return OptionalInt.empty();
        }
        Path path = null;
        Format format = Format.text;
        String history = null;
        boolean noCache = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value = null;
            if ((a.equals("--history") && i + 1 < args.length) || a.startsWith("--history=")) {
                if (history != null) {
                    return OptionalInt.empty();
                }
                history = a.startsWith("--history=") ? a.substring("--history=".length()) : args[++i];
                continue;
            } else if (a.equals("--no-cache")) {
                noCache = true;
                continue;
            } else if (a.equals("--format") && i + 1 < args.length) {
                value = args[++i];
            } else if (a.startsWith("--format=")) {
                value = a.substring("--format=".length());
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@") || path != null) {
                return OptionalInt.empty();
            } else {
                path = Path.of(a);
                continue;
            }
            String v = value.toLowerCase(java.util.Locale.ROOT); // picocli is set up to accept enum values in any case
            if (!v.equals("text") && !v.equals("json")) {
                return OptionalInt.empty();
            }
            format = Format.valueOf(v);
        }
        try {
            return OptionalInt.of(execute(path, format, history, noCache, out, err));
        } catch (RootCommand.UsageError u) {
            err.println("migration-lsp: " + u.getMessage());
            return OptionalInt.of(RootCommand.USAGE);
        } catch (RuntimeException ex) {
            RootCommand.reportInternalError(ex, err);
            return OptionalInt.of(RootCommand.USAGE);
        }
    }
}
