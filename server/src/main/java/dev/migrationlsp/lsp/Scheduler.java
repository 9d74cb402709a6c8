package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSession;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * How every LSP method and command runs, declared in one table ({@link #TABLE}, in the manner of ruff's server), and the
 * facade every handler goes through. Three ways to run:
 * <ul>
 *   <li>{@link Mode#SERIAL}: changes a workspace folder on that folder's one serial queue, in arrival order;
 *   <li>{@link Mode#READ}: reads the snapshot left by the mutations sent before it, on the request pool; LSP4J cancels
 *       the returned future on {@code $/cancelRequest}, which the work sees through its {@link CancelChecker};
 *   <li>{@link Mode#DIALOG}: commands that ask the client (questions, {@code applyEdit}) between mutations; they chain
 *       the client's answers asynchronously and never wait on the serial queue;
 *   <li>{@link Mode#LIFECYCLE}: initialize, shutdown: cheap bookkeeping on LSP4J's thread.
 * </ul>
 * Nothing but {@code LIFECYCLE} bookkeeping runs on LSP4J's message thread.
 */
public final class Scheduler implements AutoCloseable {
    enum Mode {
        SERIAL,
        READ,
        DIALOG,
        LIFECYCLE
    }

    /** How one method or command runs; {@code cancellable}: {@code $/cancelRequest} reaches its cancel checker. */
    record Schedule(Mode mode, boolean cancellable) {}

    private static final Schedule SERIAL = new Schedule(Mode.SERIAL, false);
    private static final Schedule READ = new Schedule(Mode.READ, true);
    private static final Schedule DIALOG = new Schedule(Mode.DIALOG, true);
    private static final Schedule LIFECYCLE = new Schedule(Mode.LIFECYCLE, false);

    static final String INITIALIZE = "initialize";
    static final String INITIALIZED = "initialized";
    static final String SHUTDOWN = "shutdown";
    static final String EXIT = "exit";
    static final String DID_OPEN = "textDocument/didOpen";
    static final String DID_CHANGE = "textDocument/didChange";
    static final String DID_CLOSE = "textDocument/didClose";
    static final String DID_SAVE = "textDocument/didSave";
    static final String DID_CHANGE_CONFIGURATION = "workspace/didChangeConfiguration";
    static final String DID_CHANGE_WATCHED_FILES = "workspace/didChangeWatchedFiles";
    static final String DID_CHANGE_WORKSPACE_FOLDERS = "workspace/didChangeWorkspaceFolders";
    static final String CODE_ACTION = "textDocument/codeAction";
    static final String CODE_ACTION_RESOLVE = "codeAction/resolve";
    static final String HOVER = "textDocument/hover";
    static final String DEFINITION = "textDocument/definition";
    static final String REFERENCES = "textDocument/references";
    static final String CODE_LENS = "textDocument/codeLens";
    static final String DOCUMENT_SYMBOL = "textDocument/documentSymbol";
    static final String COMPLETION = "textDocument/completion";
    static final String WORKSPACE_SYMBOL = "workspace/symbol";
    static final String EXECUTE_COMMAND = "workspace/executeCommand";

    /** The table: every method the server handles and every command it advertises. */
    static final Map<String, Schedule> TABLE = table(
            INITIALIZE,
            LIFECYCLE,
            INITIALIZED,
            LIFECYCLE,
            SHUTDOWN,
            LIFECYCLE,
            EXIT,
            LIFECYCLE,
            DID_OPEN,
            SERIAL,
            DID_CHANGE,
            SERIAL,
            DID_CLOSE,
            SERIAL,
            DID_SAVE,
            SERIAL,
            DID_CHANGE_CONFIGURATION,
            SERIAL,
            DID_CHANGE_WATCHED_FILES,
            SERIAL,
            DID_CHANGE_WORKSPACE_FOLDERS,
            SERIAL,
            CODE_ACTION,
            READ,
            CODE_ACTION_RESOLVE,
            READ,
            HOVER,
            READ,
            DEFINITION,
            READ,
            REFERENCES,
            READ,
            CODE_LENS,
            READ,
            DOCUMENT_SYMBOL,
            READ,
            COMPLETION,
            READ,
            WORKSPACE_SYMBOL,
            READ,
            // dispatches to the command's own row below
            EXECUTE_COMMAND,
            DIALOG,
            HeadsCommandHandler.ID,
            READ,
            GraphCommandHandler.ID,
            READ,
            CreateCommandHandler.ID,
            DIALOG,
            CreateMergeCommandHandler.ID,
            DIALOG,
            AcceptFindingsCommandHandler.ID,
            DIALOG);

    private static Map<String, Schedule> table(Object... rows) {
        Map<String, Schedule> m = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i += 2) {
            m.put((String) rows[i], (Schedule) rows[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private final ServerState state;
    private final Map<String, CommandHandler> commands;
    private final ExecutorService readers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "migration-lsp-requests");
        t.setDaemon(true);
        return t;
    });
    /** Sees the method name of every dispatch; tests use it to find handlers that bypass the table. */
    private volatile Consumer<String> trace = m -> {};

    public Scheduler(ServerState state, List<CommandHandler> handlers) {
        this.state = state;
        this.commands =
                handlers.stream().collect(Collectors.toUnmodifiableMap(CommandHandler::command, Function.identity()));
    }

    void traceTo(Consumer<String> t) {
        this.trace = t;
    }

    /** The advertised commands, sorted. */
    List<String> commands() {
        return commands.keySet().stream().sorted().toList();
    }

    private Schedule schedule(String method, Mode expected) {
        trace.accept(method);
        Schedule s = TABLE.get(method);
        if (s == null || s.mode() != expected) {
            // a programming error that the table test catches; never a client's fault
            throw new IllegalStateException(
                    method + " is scheduled " + (s == null ? "nowhere" : s.mode()) + ", not " + expected);
        }
        return s;
    }

    // ------------------------------------------------------------------ lifecycle

    /** Lifecycle bookkeeping, run at once on the calling (LSP4J) thread. */
    <T> T lifecycle(String method, java.util.function.Supplier<T> work) {
        schedule(method, Mode.LIFECYCLE);
        return work.get();
    }

    // ------------------------------------------------------------------ mutations

    /**
     * A change to the folder that owns {@code uri}, on its serial queue. Completes (on that queue) with the new
     * snapshot; empty when the URI is not a file or no folder is served.
     */
    CompletableFuture<Optional<WorkspaceSnapshot>> mutate(
            String method, String uri, BiFunction<Workspace, Path, WorkspaceSnapshot> change) {
        schedule(method, Mode.SERIAL);
        Optional<Path> path = Uris.toPath(uri);
        Optional<WorkspaceSession> session = path.flatMap(state::sessionFor);
        if (path.isEmpty() || session.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return session.get().update(ws -> change.apply(ws, path.get())).thenApply(Optional::of);
    }

    /** A change to every folder (editor settings). */
    void mutateEach(String method, Function<Workspace, WorkspaceSnapshot> change) {
        schedule(method, Mode.SERIAL);
        state.sessions().forEach(s -> s.update(change));
    }

    /** Files changed on disk: each folder hears of its own files, on its queue. */
    void mutateFiles(String method, List<Path> files, BiFunction<Workspace, List<Path>, WorkspaceSnapshot> change) {
        schedule(method, Mode.SERIAL);
        Map<WorkspaceSession, List<Path>> byFolder = new LinkedHashMap<>();
        for (Path f : files) {
            state.sessionFor(f)
                    .ifPresent(s ->
                            byFolder.computeIfAbsent(s, k -> new ArrayList<>()).add(f));
        }
        byFolder.forEach((s, fs) -> s.update(ws -> change.apply(ws, fs)));
    }

    /** Adding or removing whole folders: the work itself creates or closes their queues. */
    void folders(String method, Runnable work) {
        schedule(method, Mode.SERIAL);
        work.run();
    }

    // ------------------------------------------------------------------ reads

    /** A read of the folder that owns {@code uri}, on the request pool, after the mutations sent before it. */
    <T> CompletableFuture<T> read(String method, String uri, BiFunction<WorkspaceSnapshot, CancelChecker, T> work) {
        Schedule s = schedule(method, Mode.READ);
        Optional<WorkspaceSession> session = Uris.toPath(uri)
                .flatMap(state::sessionFor)
                .or(() -> state.sessions().stream().findFirst());
        if (session.isEmpty()) {
            return notInitialized();
        }
        return readOn(session.get(), s, work);
    }

    /** A read of every folder, results concatenated in folder order (workspace symbols). */
    <T> CompletableFuture<List<T>> readEach(String method, BiFunction<WorkspaceSnapshot, CancelChecker, List<T>> work) {
        Schedule s = schedule(method, Mode.READ);
        List<WorkspaceSession> sessions = state.sessions();
        if (sessions.isEmpty()) {
            return notInitialized();
        }
        CompletableFuture<List<T>> result = new CompletableFuture<>();
        CancelChecker cancel = s.cancellable() ? result::isCancelled : CancelChecker.NEVER;
        List<CompletableFuture<WorkspaceSnapshot>> snapshots =
                sessions.stream().map(WorkspaceSession::afterPendingMutations).toList();
        CompletableFuture.allOf(snapshots.toArray(CompletableFuture[]::new))
                .thenRunAsync(
                        () -> run(result, () -> {
                            List<T> all = new ArrayList<>();
                            for (CompletableFuture<WorkspaceSnapshot> snap : snapshots) {
                                all.addAll(work.apply(snap.getNow(null), cancel)); // complete: allOf ran
                            }
                            return all;
                        }),
                        readers);
        return result;
    }

    private <T> CompletableFuture<T> readOn(
            WorkspaceSession session, Schedule s, BiFunction<WorkspaceSnapshot, CancelChecker, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CancelChecker cancel = s.cancellable() ? result::isCancelled : CancelChecker.NEVER;
        session.afterPendingMutations().thenAcceptAsync(ws -> run(result, () -> work.apply(ws, cancel)), readers);
        return result;
    }

    private static <T> void run(CompletableFuture<T> result, java.util.function.Supplier<T> work) {
        if (result.isCancelled()) {
            return;
        }
        try {
            result.complete(work.get());
        } catch (CancellationException e) {
            result.cancel(false);
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
    }

    // ------------------------------------------------------------------ commands

    /** {@code workspace/executeCommand}: the command's own row of the table says how it runs, in which folder. */
    CompletableFuture<Object> command(String id, List<Object> arguments) {
        schedule(EXECUTE_COMMAND, Mode.DIALOG);
        CommandHandler h = commands.get(id);
        if (h == null) {
            return invalidParams("unknown command '" + id + "' (known: " + String.join(", ", commands()) + ")");
        }
        List<Object> args = arguments == null ? List.of() : arguments;
        Schedule s = TABLE.get(id);
        trace.accept(id);
        if (s == null) {
            throw new IllegalStateException("command " + id + " is not in the scheduling table");
        }
        if (state.sessions().isEmpty()) {
            return notInitialized();
        }
        WorkspaceSession session;
        try {
            session = folderFor(h, args);
        } catch (IllegalArgumentException e) {
            return invalidParams(e.getMessage());
        }
        if (h instanceof CommandHandler.SnapshotRead read && s.mode() == Mode.READ) {
            return readOn(session, s, (ws, cancel) -> read.read(args, ws, cancel));
        }
        if (h instanceof CommandHandler.Dialog dialog && s.mode() == Mode.DIALOG) {
            CompletableFuture<Object> result = new CompletableFuture<>();
            CommandContext ctx = new CommandContext(
                    state.client().orElse(null),
                    state.capabilities(),
                    session,
                    s.cancellable() ? result::isCancelled : CancelChecker.NEVER);
            dialog.execute(args, ctx).whenComplete((v, e) -> {
                if (e != null) {
                    result.completeExceptionally(e);
                } else {
                    result.complete(v);
                }
            });
            return result;
        }
        throw new IllegalStateException("command " + id + " is scheduled " + s.mode() + " but its handler is a "
                + h.getClass().getSimpleName());
    }

    /**
     * The folder a command runs in: the one named by {@code "root"} (a folder's URI or path), else the one owning
     * {@code "uri"} (a document, e.g. the active editor's), else the only folder, else the one folder that fits.
     */
    private WorkspaceSession folderFor(CommandHandler h, List<Object> args) {
        List<WorkspaceSession> sessions = state.sessions();
        Optional<String> root = stringArgument(args, "root");
        if (root.isPresent()) {
            Optional<Path> p = toPath(root.get());
            return p.flatMap(state::folder)
                    .orElseThrow(
                            () -> new IllegalArgumentException("\"root\" is not a workspace folder: " + root.get()));
        }
        // "uri" is a hint (editors send the active document's): one outside every folder leaves the choice below
        Optional<Path> uri = stringArgument(args, "uri").flatMap(Scheduler::toPath);
        Optional<WorkspaceSession> owner =
                uri.flatMap(state::sessionFor).filter(s -> uri.get().startsWith(s.root()));
        if (owner.isPresent()) {
            return owner.get();
        }
        if (sessions.size() == 1) {
            return sessions.get(0);
        }
        List<WorkspaceSession> fitting = sessions.stream()
                .filter(s -> s.latest() == null || h.fits(s.latest().config(), args))
                .toList();
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        if (fitting.isEmpty()) {
            return sessions.get(0); // the command reports what is missing, as with one folder
        }
        throw new IllegalArgumentException("several workspace folders could run " + h.command() + " ("
                + String.join(
                        ", ", fitting.stream().map(s -> s.root().toString()).toList()) + "): give \"root\" or \"uri\"");
    }

    private static Optional<String> stringArgument(List<Object> args, String key) {
        if (args.isEmpty() || !(args.get(0) instanceof JsonElement e) || !e.isJsonObject()) {
            return Optional.empty();
        }
        JsonElement v = e.getAsJsonObject().get(key);
        if (v == null || v.isJsonNull()) {
            return Optional.empty();
        }
        if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return Optional.of(v.getAsString());
    }

    private static Optional<Path> toPath(String uriOrPath) {
        if (uriOrPath.startsWith("file:")) {
            return Uris.toPath(uriOrPath);
        }
        try {
            Path p = Path.of(uriOrPath);
            return p.isAbsolute() ? Optional.of(p.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static <T> CompletableFuture<T> invalidParams(String message) {
        return CompletableFuture.failedFuture(
                new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
    }

    private static <T> CompletableFuture<T> notInitialized() {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                ResponseErrorCode.ServerNotInitialized,
                "no workspace: the server was not initialized with a root folder",
                null)));
    }

    @Override
    public void close() {
        readers.shutdownNow();
    }
}
