package dev.migrationlsp.lsp;

import dev.migrationlsp.core.TextChange;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: each handler is one call into {@link Scheduler}, whose table says how it runs: a mutation on
 * the owning folder's serial queue, or a read of a snapshot. Nothing here blocks an LSP4J thread.
 */
public final class DocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(DocumentService.class.getName());

    private final Scheduler scheduler;
    private final DiagnosticsPublisher diagnostics;
    private final CodeActions codeActions;
    private final NavigationFeatures navigation;

    public DocumentService(
            Scheduler scheduler,
            DiagnosticsPublisher diagnostics,
            CodeActions codeActions,
            NavigationFeatures navigation) {
        this.scheduler = scheduler;
        this.diagnostics = diagnostics;
        this.codeActions = codeActions;
        this.navigation = navigation;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        scheduler.mutate(
                Scheduler.DID_OPEN,
                params.getTextDocument().getUri(),
                (ws, path) -> opened(ws, path, params.getTextDocument()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        scheduler.mutate(
                Scheduler.DID_CHANGE, params.getTextDocument().getUri(), (ws, path) -> changed(ws, path, params));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        scheduler
                .mutate(Scheduler.DID_CLOSE, params.getTextDocument().getUri(), this::closed)
                .thenAccept(closed -> closed.ifPresent(
                        s -> Uris.toPath(params.getTextDocument().getUri()).ifPresent(diagnostics::closed)));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        scheduler.mutate(Scheduler.DID_SAVE, params.getTextDocument().getUri(), DocumentService::saved);
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return scheduler.read(
                Scheduler.CODE_ACTION,
                params.getTextDocument().getUri(),
                (ws, cancel) -> codeActions.actions(ws, params, cancel));
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        return scheduler.read(
                Scheduler.CODE_ACTION_RESOLVE,
                CodeActions.uriOf(unresolved),
                (ws, cancel) -> codeActions.resolve(ws, unresolved, cancel));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return scheduler.read(
                Scheduler.HOVER, params.getTextDocument().getUri(), (ws, cancel) -> navigation.hover(ws, params));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return scheduler.read(
                Scheduler.DEFINITION,
                params.getTextDocument().getUri(),
                (ws, cancel) -> Either.forLeft(navigation.definition(ws, params)));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return scheduler.read(
                Scheduler.REFERENCES,
                params.getTextDocument().getUri(),
                (ws, cancel) -> navigation.references(
                        ws,
                        params,
                        params.getContext() != null && params.getContext().isIncludeDeclaration()));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return scheduler.read(
                Scheduler.CODE_LENS,
                params.getTextDocument().getUri(),
                (ws, cancel) ->
                        navigation.codeLenses(ws, params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return scheduler.read(
                Scheduler.DOCUMENT_SYMBOL,
                params.getTextDocument().getUri(),
                (ws, cancel) ->
                        navigation.documentSymbols(ws, params.getTextDocument().getUri()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return scheduler.read(
                Scheduler.COMPLETION,
                params.getTextDocument().getUri(),
                (ws, cancel) -> Either.forRight(navigation.completion(ws, params)));
    }

    // ------------------------------------------------------------------ the mutations (on the folder's serial queue)

    private WorkspaceSnapshot opened(Workspace ws, Path path, TextDocumentItem td) {
        diagnostics.rememberUri(path, td.getUri());
        return ws.open(path, td.getVersion(), td.getText());
    }

    private static WorkspaceSnapshot changed(Workspace ws, Path path, DidChangeTextDocumentParams params) {
        var td = params.getTextDocument();
        Optional<Document> open = ws.openDocument(path);
        if (open.isEmpty()) {
            LOG.warning("didChange for a document that is not open: " + td.getUri());
            return ws.snapshot();
        }
        int version = td.getVersion() == null ? open.get().version() + 1 : td.getVersion();
        if (version <= open.get().version()) {
            LOG.warning("ignoring out-of-order change " + version + " <= "
                    + open.get().version() + " for " + td.getUri());
            return ws.snapshot();
        }
        List<TextChange> changes = Conversions.changes(params.getContentChanges());
        return ws.change(path, version, TextChange.apply(open.get().text(), changes));
    }

    private WorkspaceSnapshot closed(Workspace ws, Path path) {
        diagnostics.forgetUri(path);
        return ws.close(path);
    }

    /** Configuration files are re-read on save (editor buffers of them are not configuration until saved). */
    private static WorkspaceSnapshot saved(Workspace ws, Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (name.equals("pyproject.toml") || name.equals(".migration-lsp.toml") || name.equals("alembic.ini")) {
            return ws.filesChanged(List.of(path));
        }
        return ws.snapshot();
    }
}
