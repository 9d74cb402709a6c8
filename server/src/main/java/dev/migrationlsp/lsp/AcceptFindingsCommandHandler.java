package dev.migrationlsp.lsp;

import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.analysis.Baseline;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.workspace.WorkspaceSession.MutationResult;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * {@code migration-lsp.acceptFindings}: "Migrations: Accept Current Findings". Records every current finding in the
 * baseline (the configured {@code baseline}, else {@code .migration-lsp/baseline.json}), which then hides them, so a
 * team adopting the tool on a long history sees only new problems. The findings are computed on a snapshot off the
 * serial queue; only the write and the configuration reload run on it (a dialog in {@link Scheduler}'s table). A file at that path that is not a baseline is never
 * overwritten. Answers {@code {"path", "findings"}}.
 */
public final class AcceptFindingsCommandHandler implements CommandHandler.Dialog {
    public static final String ID = "migration-lsp.acceptFindings";
    /** The rules are built on first use, after the initialize answer (see {@link ServerWiring}). */
    private final Supplier<Analyzer> analyzer;

    public AcceptFindingsCommandHandler(Supplier<Analyzer> analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public String command() {
        return ID;
    }

    @Override
    public CompletableFuture<Object> execute(List<Object> arguments, CommandContext context) {
        return context.session()
                .afterPendingMutations()
                .thenApplyAsync(ws -> {
                    List<Finding> findings = analyzer.get().checkAllUnbaselined(ws, context.cancel());
                    return new Accepted(ws, findings);
                })
                .thenCompose(accepted -> context.session().mutate(workspace -> {
                    WorkspaceSnapshot ws = accepted.snapshot();
                    Path file = ws.config().baseline().orElseThrow();
                    if (Files.exists(file)) {
                        try {
                            Baseline.read(file);
                        } catch (IOException e) {
                            throw error("will not overwrite " + ws.relative(file)
                                    + ": it is not a migration-lsp baseline (" + e.getMessage() + ")");
                        }
                    }
                    try {
                        Baseline.write(file, accepted.findings(), ws::relative);
                    } catch (IOException e) {
                        throw error("cannot write " + ws.relative(file) + ": " + e.getMessage());
                    }
                    // a new snapshot re-reads the baseline, and the diagnostics listener republishes without the
                    // accepted ones
                    return new MutationResult<>(workspace.reloadConfig(), (Object) Map.of(
                            "path",
                            ws.relative(file),
                            "findings",
                            accepted.findings().size()));
                }));
    }

    private record Accepted(WorkspaceSnapshot snapshot, List<Finding> findings) {}

    private static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
    }
}
