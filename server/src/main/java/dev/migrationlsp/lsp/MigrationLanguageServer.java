package dev.migrationlsp.lsp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The LSP entry point: lifecycle only; features live in the services it hands out. */
public final class MigrationLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(MigrationLanguageServer.class.getName());

    private final ServerState state;
    private final DocumentService documents;
    private final WorkspaceServiceImpl workspace;
    private final Scheduler scheduler;
    private final Folders folders;
    private final IntConsumer exit;
    /** The folders initialize named, opened once it is answered. */
    private volatile Runnable openAfterAnswer = () -> {};

    public MigrationLanguageServer(
            ServerState state,
            DocumentService documents,
            WorkspaceServiceImpl workspace,
            Scheduler scheduler,
            Folders folders,
            ExitHook exit) {
        this.state = state;
        this.documents = documents;
        this.workspace = workspace;
        this.scheduler = scheduler;
        this.folders = folders;
        this.exit = exit;
    }

    @Override
    public void connect(LanguageClient client) {
        state.setClient((MigrationLanguageClient) client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return scheduler.lifecycle(Scheduler.INITIALIZE, () -> {
            state.setCapabilities(params.getCapabilities());
            state.setSettings(WorkspaceServiceImpl.Settings.fromJson(params.getInitializationOptions()));
            // before the answer: a parent that dies right after it must still be seen
            watchParent(params.getProcessId());
            List<Path> roots = rootsOf(params);
            if (roots.isEmpty()) {
                LOG.warning("initialize without a root folder: nothing to analyse");
            }
            openAfterAnswer = () -> roots.forEach(folders::open);
            return CompletableFuture.completedFuture(
                    new InitializeResult(capabilities(), new ServerInfo("migration-lsp", version())));
        });
    }

    /**
     * Opens the folders initialize named (each load queued on its folder's serial queue). The launcher calls it once
     * initialize's answer is written and before it reads the next message, so the loads do not compete with
     * answering, and every later message (didOpen) still finds its folder.
     */
    void initializeAnswered() {
        Runnable open = openAfterAnswer;
        openAfterAnswer = () -> {};
        open.run();
    }

    private ServerCapabilities capabilities() {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        CodeActionOptions ca = new CodeActionOptions(
                List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActions.FIX_ALL_KIND));
        ca.setResolveProvider(true);
        caps.setCodeActionProvider(ca);
        caps.setExecuteCommandProvider(new ExecuteCommandOptions(workspace.commands()));
        caps.setHoverProvider(true);
        caps.setDefinitionProvider(true);
        caps.setReferencesProvider(true);
        caps.setCodeLensProvider(new org.eclipse.lsp4j.CodeLensOptions(false));
        caps.setDocumentSymbolProvider(true);
        caps.setWorkspaceSymbolProvider(true);
        caps.setCompletionProvider(new org.eclipse.lsp4j.CompletionOptions(false, List.of("\"", "'", ".")));
        WorkspaceFoldersOptions folderSupport = new WorkspaceFoldersOptions();
        folderSupport.setSupported(true);
        folderSupport.setChangeNotifications(true);
        caps.setWorkspace(new WorkspaceServerCapabilities(folderSupport));
        return caps;
    }

    @Override
    public void initialized(InitializedParams params) {
        scheduler.lifecycle(Scheduler.INITIALIZED, () -> {
            if (state.supportsWatchedFilesRegistration()) {
                registerWatchers();
            } else {
                folders.startWatching();
            }
            return null;
        });
    }

    private void registerWatchers() {
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/*.py")),
                new FileSystemWatcher(Either.forLeft("**/*.sql")),
                new FileSystemWatcher(Either.forLeft("**/{alembic.ini,pyproject.toml,.migration-lsp.toml}")),
                new FileSystemWatcher(Either.forLeft("**/{versions,clickhouse}")));
        Registration reg = new Registration(
                "migration-lsp-watched-files",
                "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        state.client().ifPresent(c -> c.registerCapability(new RegistrationParams(List.of(reg))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        return scheduler.lifecycle(Scheduler.SHUTDOWN, () -> {
            state.setShutdownRequested();
            folders.close();
            return CompletableFuture.completedFuture(null);
        });
    }

    @Override
    public void exit() {
        scheduler.lifecycle(Scheduler.EXIT, () -> {
            exit.accept(state.shutdownRequested() ? 0 : 1);
            return null;
        });
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The editor's process: when it dies without saying goodbye, so do we. */
    private void watchParent(Integer pid) {
        if (pid == null || pid <= 0) {
            return;
        }
        ProcessHandle.of(pid)
                .ifPresentOrElse(
                        ph -> ph.onExit().thenRun(() -> {
                            LOG.warning("parent process " + pid + " exited; shutting down");
                            exit.accept(1);
                        }),
                        () -> LOG.warning("parent process " + pid + " not found; not watching it"));
    }

    /** Every workspace folder; without folders, the deprecated rootUri or rootPath. */
    @SuppressWarnings("deprecation")
    private static List<Path> rootsOf(InitializeParams params) {
        if (params.getWorkspaceFolders() != null
                && !params.getWorkspaceFolders().isEmpty()) {
            List<Path> roots = params.getWorkspaceFolders().stream()
                    .map(f -> Uris.toPath(f.getUri()))
                    .flatMap(Optional::stream)
                    .distinct()
                    .toList();
            if (!roots.isEmpty()) {
                return roots;
            }
        }
        if (params.getRootUri() != null) {
            Optional<Path> p = Uris.toPath(params.getRootUri());
            if (p.isPresent()) {
                return List.of(p.get());
            }
        }
        if (params.getRootPath() != null && !params.getRootPath().isBlank()) {
            return List.of(Path.of(params.getRootPath()).toAbsolutePath().normalize());
        }
        return List.of();
    }

    private static String version() {
        return dev.migrationlsp.BuildVersion.get();
    }

    /** How the process ends; a seam so in-process tests do not exit the JVM. */
    public interface ExitHook extends IntConsumer {}
}
