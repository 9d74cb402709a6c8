package dev.migrationlsp.lsp;

import dev.migrationlsp.insight.HeadsReport;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.ConfigProblem;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
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
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The LSP entry point: lifecycle only; features live in the services it hands out. */
@Singleton
public final class MigrationLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(MigrationLanguageServer.class.getName());

    private final ServerState state;
    private final DocumentService documents;
    private final WorkspaceServiceImpl workspace;
    private final DiagnosticsPublisher diagnostics;
    private final ConfigLoader configLoader;
    private final Requests requests;
    private final IntConsumer exit;
    private final AtomicReference<HeadsReport> lastHeads = new AtomicReference<>();
    private final AtomicReference<List<ConfigProblem>> lastSettingsProblems = new AtomicReference<>(List.of());
    private volatile FileWatcher watcher;

    @Inject
    public MigrationLanguageServer(ServerState state, DocumentService documents, WorkspaceServiceImpl workspace,
            DiagnosticsPublisher diagnostics, ConfigLoader configLoader, Requests requests, ExitHook exit) {
        this.state = state;
        this.documents = documents;
        this.workspace = workspace;
        this.diagnostics = diagnostics;
        this.configLoader = configLoader;
        this.requests = requests;
        this.exit = exit;
    }

    @Override
    public void connect(LanguageClient client) {
        state.setClient((MigrationLanguageClient) client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        state.setCapabilities(params.getCapabilities());
        watchParent(params.getProcessId());
        Optional<Path> root = rootOf(params);
        if (root.isPresent()) {
            WorkspaceSession session = new WorkspaceSession(new Workspace(root.get(), configLoader));
            session.addListener(diagnostics::onSnapshot);
            session.addListener(this::announceHeads);
            session.addListener(this::reportSettingsProblems);
            state.setSession(session);
            Map<String, Object> settings = WorkspaceServiceImpl.Settings.fromJson(params.getInitializationOptions());
            // Load right away on the serial queue: didOpen notifications queue up behind it.
            session.update(ws -> ws.load(settings));
        } else {
            LOG.warning("initialize without a root folder: nothing to analyse");
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("migration-lsp", version())));
    }

    private ServerCapabilities capabilities() {
        ServerCapabilities caps = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        caps.setTextDocumentSync(sync);
        CodeActionOptions ca = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActions.FIX_ALL_KIND));
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
        return caps;
    }

    @Override
    public void initialized(InitializedParams params) {
        state.session().ifPresent(session -> {
            if (state.supportsWatchedFilesRegistration()) {
                registerWatchers();
                return;
            }
            // Watch first, then re-read: a file written between the initial load and the registration is not lost.
            session.update(ws -> {
                try {
                    FileWatcher w = new FileWatcher(session);
                    w.start(ws.config());
                    watcher = w;
                    return ws.rescan();
                } catch (IOException e) {
                    LOG.warning("no file watching available: " + e.getMessage());
                    return ws.snapshot();
                }
            });
        });
    }

    private void registerWatchers() {
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/*.py")),
                new FileSystemWatcher(Either.forLeft("**/*.sql")),
                new FileSystemWatcher(Either.forLeft("**/{alembic.ini,pyproject.toml,.migration-lsp.toml}")),
                new FileSystemWatcher(Either.forLeft("**/{versions,clickhouse}")));
        Registration reg = new Registration("migration-lsp-watched-files", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        state.client().ifPresent(c -> c.registerCapability(new RegistrationParams(List.of(reg))));
    }

    private void announceHeads(WorkspaceSnapshot snap) {
        if (snap.config().alembicVersions().isEmpty()) {
            return;
        }
        HeadsReport now = HeadsReport.of(snap);
        HeadsReport before = lastHeads.getAndSet(now);
        if (!now.equals(before)) {
            state.client().ifPresent(c -> c.headsChanged(now));
        }
    }

    /** Problems in editor settings have no file to carry a diagnostic, so they are shown once as a message. */
    private void reportSettingsProblems(WorkspaceSnapshot snap) {
        List<ConfigProblem> problems = snap.config().problems().stream().filter(p -> p.file() == null).toList();
        List<ConfigProblem> before = lastSettingsProblems.getAndSet(problems);
        if (!problems.isEmpty() && !problems.equals(before)) {
            String text = "migration-lsp: invalid settings: " + String.join("; ", problems.stream().map(ConfigProblem::message).toList());
            state.client().ifPresent(c -> c.showMessage(new MessageParams(MessageType.Warning, text)));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        state.setShutdownRequested();
        FileWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exit.accept(state.shutdownRequested() ? 0 : 1);
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
        ProcessHandle.of(pid).ifPresentOrElse(
                ph -> ph.onExit().thenRun(() -> {
                    LOG.warning("parent process " + pid + " exited; shutting down");
                    exit.accept(1);
                }),
                () -> LOG.warning("parent process " + pid + " not found; not watching it"));
    }

    @SuppressWarnings("deprecation")
    private static Optional<Path> rootOf(InitializeParams params) {
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            Optional<Path> p = Uris.toPath(params.getWorkspaceFolders().get(0).getUri());
            if (p.isPresent()) {
                return p;
            }
        }
        if (params.getRootUri() != null) {
            Optional<Path> p = Uris.toPath(params.getRootUri());
            if (p.isPresent()) {
                return p;
            }
        }
        if (params.getRootPath() != null && !params.getRootPath().isBlank()) {
            return Optional.of(Path.of(params.getRootPath()).toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    private static String version() {
        return dev.migrationlsp.BuildVersion.get();
    }

    /** How the process ends; a seam so in-process tests do not exit the JVM. */
    public interface ExitHook extends IntConsumer {
    }

}
