package dev.migrationlsp.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
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

    /** initialize as LSP4J read it, when {@link EarlyInitialize} did not (its first message was something else). */
    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return scheduler.lifecycle(Scheduler.INITIALIZE, () -> {
            state.setCapabilities(params.getCapabilities());
            begin(InitializeRequest.of(params));
            return CompletableFuture.completedFuture(Lsp4jGson.GSON.fromJson(result(), InitializeResult.class));
        });
    }

    /**
     * initialize as {@link EarlyInitialize} read it, before LSP4J's machinery exists: the same work. The launcher
     * answers with {@link #result()} and sets the client's capabilities ({@link #capabilitiesRead}) before it reads the
     * next message.
     */
    void initializeEarly(InitializeRequest request) {
        scheduler.lifecycle(Scheduler.INITIALIZE, () -> {
            begin(request);
            return null;
        });
    }

    /** The client's capabilities of an initialize read early, once LSP4J's Gson could bind them. */
    void capabilitiesRead(ClientCapabilities capabilities) {
        state.setCapabilities(capabilities);
    }

    private void begin(InitializeRequest request) {
        state.setSettings(WorkspaceServiceImpl.Settings.fromJson(request.initializationOptions()));
        // The handle before the answer: a parent that dies right after it must still be seen. Its exit is watched
        // once the answer is out (that starts a thread; an exit before then still completes the watch). Warnings wait
        // until then too: the client's log shows them only from then on.
        Integer pid = request.processId();
        boolean hasParent = pid != null && pid > 0;
        Optional<ProcessHandle> parent = hasParent ? ProcessHandle.of(pid) : Optional.empty();
        List<Path> roots = rootsOf(request);
        openAfterAnswer = () -> {
            if (hasParent && parent.isEmpty()) {
                LOG.warning("parent process " + pid + " not found; not watching it");
            }
            parent.ifPresent(this::watchParent);
            if (roots.isEmpty()) {
                LOG.warning("initialize without a root folder: nothing to analyse");
            }
            roots.forEach(folders::open);
        };
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

    /**
     * initialize's result: what this server can do, and its name and version. Written as JSON, so that an early
     * initialize answers without building Gson's adapters for the protocol's hundreds of capability classes.
     */
    JsonObject result() {
        JsonObject caps = new JsonObject();
        JsonObject sync = new JsonObject();
        sync.addProperty("openClose", true);
        // LSP4J writes its enums as their ordinals, which are the protocol's numbers (None 0, Full 1, Incremental 2)
        sync.addProperty("change", TextDocumentSyncKind.Incremental.ordinal());
        JsonObject save = new JsonObject();
        save.addProperty("includeText", false);
        sync.add("save", save);
        caps.add("textDocumentSync", sync);
        caps.addProperty("hoverProvider", true);
        JsonObject completion = new JsonObject();
        completion.addProperty("resolveProvider", false);
        completion.add("triggerCharacters", strings(List.of("\"", "'", ".")));
        caps.add("completionProvider", completion);
        caps.addProperty("definitionProvider", true);
        caps.addProperty("referencesProvider", true);
        caps.addProperty("documentSymbolProvider", true);
        caps.addProperty("workspaceSymbolProvider", true);
        JsonObject codeAction = new JsonObject();
        codeAction.add(
                "codeActionKinds",
                strings(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, CodeActions.FIX_ALL_KIND)));
        codeAction.addProperty("resolveProvider", true);
        caps.add("codeActionProvider", codeAction);
        JsonObject codeLens = new JsonObject();
        codeLens.addProperty("resolveProvider", false);
        caps.add("codeLensProvider", codeLens);
        JsonObject executeCommand = new JsonObject();
        executeCommand.add("commands", strings(workspace.commands()));
        caps.add("executeCommandProvider", executeCommand);
        JsonObject folderSupport = new JsonObject();
        folderSupport.addProperty("supported", true);
        folderSupport.addProperty("changeNotifications", true);
        JsonObject workspaceCaps = new JsonObject();
        workspaceCaps.add("workspaceFolders", folderSupport);
        caps.add("workspace", workspaceCaps);
        JsonObject serverInfo = new JsonObject();
        serverInfo.addProperty("name", "migration-lsp");
        serverInfo.addProperty("version", version());
        JsonObject result = new JsonObject();
        result.add("capabilities", caps);
        result.add("serverInfo", serverInfo);
        return result;
    }

    /** A loop, not {@code forEach(array::add)}: no method reference to link on the start-up path. */
    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray(values.size());
        for (String v : values) {
            array.add(v);
        }
        return array;
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
    private void watchParent(ProcessHandle parent) {
        parent.onExit().thenRun(() -> {
            LOG.warning("parent process " + parent.pid() + " exited; shutting down");
            exit.accept(1);
        });
    }

    /** Every workspace folder; without folders, the deprecated rootUri or rootPath. */
    private static List<Path> rootsOf(InitializeRequest request) {
        List<Path> roots = request.folderUris().stream()
                .map(Uris::toPath)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (!roots.isEmpty()) {
            return roots;
        }
        if (request.rootUri() != null) {
            Optional<Path> p = Uris.toPath(request.rootUri());
            if (p.isPresent()) {
                return List.of(p.get());
            }
        }
        if (request.rootPath() != null && !request.rootPath().isBlank()) {
            return List.of(Path.of(request.rootPath()).toAbsolutePath().normalize());
        }
        return List.of();
    }

    private static String version() {
        return dev.migrationlsp.BuildVersion.get();
    }

    /** LSP4J's Gson, to turn the result into LSP4J's classes; built only when initialize is read by LSP4J. */
    private static final class Lsp4jGson {
        static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();
    }

    /** How the process ends; a seam so in-process tests do not exit the JVM. */
    public interface ExitHook extends IntConsumer {}
}
