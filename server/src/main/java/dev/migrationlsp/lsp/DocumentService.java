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
    private final NavigationFeatures navigation;

    @Inject
    public DocumentService(ServerState state, DiagnosticsPublisher diagnostics, CodeActions codeActions, Requests requests,
            NavigationFeatures navigation) {
        this.state = state;
        this.diagnostics = diagnostics;
        this.codeActions = codeActions;
        this.requests = requests;
        this.navigation = navigation;
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

    @Override
    public CompletableFuture<org.eclipse.lsp4j.Hover> hover(org.eclipse.lsp4j.HoverParams params) {
        return requests.read((ws, cancel) -> navigation.hover(ws, params));
    }

    @Override
    public CompletableFuture<Either<List<? extends org.eclipse.lsp4j.Location>, List<? extends org.eclipse.lsp4j.LocationLink>>> definition(
            org.eclipse.lsp4j.DefinitionParams params) {
        return requests.read((ws, cancel) -> Either.forLeft(navigation.definition(ws, params)));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.Location>> references(org.eclipse.lsp4j.ReferenceParams params) {
        boolean decl = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return requests.read((ws, cancel) -> navigation.references(ws, params, decl));
    }

    @Override
    public CompletableFuture<List<? extends org.eclipse.lsp4j.CodeLens>> codeLens(org.eclipse.lsp4j.CodeLensParams params) {
        return requests.read((ws, cancel) -> navigation.codeLenses(ws, params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<List<Either<org.eclipse.lsp4j.SymbolInformation, org.eclipse.lsp4j.DocumentSymbol>>> documentSymbol(
            org.eclipse.lsp4j.DocumentSymbolParams params) {
        return requests.read((ws, cancel) -> navigation.documentSymbols(ws, params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<Either<List<org.eclipse.lsp4j.CompletionItem>, org.eclipse.lsp4j.CompletionList>> completion(
            org.eclipse.lsp4j.CompletionParams params) {
        return requests.read((ws, cancel) -> Either.forRight(navigation.completion(ws, params)));
    }

    private void withSession(String uri, java.util.function.BiConsumer<WorkspaceSession, Path> action) {
        Optional<Path> path = Uris.toPath(uri);
        Optional<WorkspaceSession> session = state.session();
        if (path.isEmpty() || session.isEmpty()) {
            return;
        }
        action.accept(session.get(), path.get());
    }
}
