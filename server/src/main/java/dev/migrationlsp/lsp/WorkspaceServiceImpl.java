package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.WorkspaceSession;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: configuration, watched files and commands, each forwarded to the session or a handler. */
@Singleton
public final class WorkspaceServiceImpl implements WorkspaceService {
    private final ServerState state;
    private final Map<String, CommandHandler> handlers;
    private final Requests requests;
    private final NavigationFeatures navigation;

    @Inject
    public WorkspaceServiceImpl(ServerState state, Set<CommandHandler> handlers, Requests requests, NavigationFeatures navigation) {
        this.state = state;
        this.requests = requests;
        this.navigation = navigation;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(CommandHandler::command, Function.identity()));
    }

    public List<String> commands() {
        return handlers.keySet().stream().sorted().toList();
    }

    @Override
    @SuppressWarnings("deprecation")
    public CompletableFuture<Either<List<? extends org.eclipse.lsp4j.SymbolInformation>, List<? extends org.eclipse.lsp4j.WorkspaceSymbol>>> symbol(
            org.eclipse.lsp4j.WorkspaceSymbolParams params) {
        return requests.read((ws, cancel) -> Either.forLeft(navigation.workspaceSymbols(ws, params.getQuery())));
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Map<String, Object> settings = Settings.fromJson(params.getSettings());
        state.session().ifPresent(s -> s.update(ws -> ws.updateSettings(settings)));
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        List<Path> paths = params.getChanges().stream().map(e -> Uris.toPath(e.getUri())).flatMap(Optional::stream).toList();
        if (!paths.isEmpty()) {
            state.session().ifPresent(s -> s.update(ws -> ws.filesChanged(paths)));
        }
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        CommandHandler h = handlers.get(params.getCommand());
        if (h == null) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown command '" + params.getCommand() + "' (known: " + String.join(", ", commands()) + ")", null)));
        }
        Optional<WorkspaceSession> session = state.session();
        if (session.isEmpty()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "no workspace: the server was not initialized with a root folder", null)));
        }
        List<Object> args = params.getArguments() == null ? List.of() : params.getArguments();
        CompletableFuture<Object> result = new CompletableFuture<>();
        CommandContext ctx = new CommandContext(state.client().orElse(null), state.capabilities(), session.get(),
                (CancelChecker) result::isCancelled);
        h.execute(args, ctx).whenComplete((v, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(v);
            }
        });
        return result;
    }

    /** Editor settings: either our object itself, or wrapped as {@code {"migration-lsp": {...}}}. */
    static final class Settings {
        private Settings() {
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> fromJson(Object raw) {
            if (!(raw instanceof JsonElement json) || !json.isJsonObject()) {
                return Map.of();
            }
            JsonObject obj = json.getAsJsonObject();
            if (obj.has("migration-lsp") && obj.get("migration-lsp").isJsonObject()) {
                obj = obj.getAsJsonObject("migration-lsp");
            }
            Object plain = new com.google.gson.Gson().fromJson(obj, Object.class);
            return plain instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }
    }
}
