package dev.migrationlsp.lsp;

import dev.migrationlsp.core.TextChange;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: each handler forwards to the workspace session (mutations, in order) or to a feature over a
 * snapshot (reads). Nothing here blocks an LSP4J thread.
 */
@Singleton
public final class DocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

    private final ServerState state;
    private final DiagnosticsPublisher diagnostics;
    private final CodeActions codeActions;
    private final Requests requests;

    @Inject
    public DocumentService(ServerState state, DiagnosticsPublisher diagnostics, CodeActions codeActions, Requests requests) {
        this.state = state;
        this.diagnostics = diagnostics;
        this.codeActions = codeActions;
        this.requests = requests;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var td = params.getTextDocument();
        withSession(td.getUri(), (session, path) -> {
            diagnostics.rememberUri(path, td.getUri());
            session.update(ws -> ws.open(path, td.getVersion(), td.getText()));
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var td = params.getTextDocument();
        List<TextChange> changes = Conversions.changes(params.getContentChanges());
        withSession(td.getUri(), (session, path) -> session.update(ws -> {
            Optional<Document> open = ws.openDocument(path);
            if (open.isEmpty()) {
                LOG.warning("didChange for a document that is not open: " + td.getUri());
                return ws.snapshot();
            }
            int version = td.getVersion() == null ? open.get().version() + 1 : td.getVersion();
            if (version <= open.get().version()) {
                LOG.warning("ignoring out-of-order change " + version + " <= " + open.get().version() + " for " + td.getUri());
                return ws.snapshot();
            }
            return ws.change(path, version, TextChange.apply(open.get().text().text(), changes));
        }));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        withSession(params.getTextDocument().getUri(), (session, path) -> {
            diagnostics.forgetUri(path);
            session.update(ws -> ws.close(path)).thenRun(() -> diagnostics.closed(path));
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Configuration files are re-read on save (editor buffers of them are not configuration until saved).
        withSession(params.getTextDocument().getUri(), (session, path) -> {
            String name = path.getFileName().toString();
            if (name.equals("pyproject.toml") || name.equals(".migration-lsp.toml") || name.equals("alembic.ini")) {
                session.update(ws -> ws.filesChanged(List.of(path)));
            }
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return requests.read((ws, cancel) -> codeActions.actions(ws, params, cancel));
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        return requests.read((ws, cancel) -> codeActions.resolve(ws, unresolved, cancel));
    }

    private void withSession(String uri, java.util.function.BiConsumer<WorkspaceSession, Path> action) {
        Optional<Path> path = Uris.toPath(uri);
        Optional<WorkspaceSession> session = state.session();
        if (path.isEmpty() || session.isEmpty()) {
            return;
        }
        action.accept(session.get(), path.get());
    }

    static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
