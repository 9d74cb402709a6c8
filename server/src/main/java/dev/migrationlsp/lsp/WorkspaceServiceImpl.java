package dev.migrationlsp.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.migrationlsp.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: configuration, watched files, folders and commands, each one call into {@link Scheduler}. */
public final class WorkspaceServiceImpl implements WorkspaceService {
    private final Scheduler scheduler;
    private final ServerState state;
    private final NavigationFeatures navigation;
    private final Folders folders;

    public WorkspaceServiceImpl(
            Scheduler scheduler, ServerState state, NavigationFeatures navigation, Folders folders) {
        this.scheduler = scheduler;
        this.state = state;
        this.navigation = navigation;
        this.folders = folders;
    }

    public List<String> commands() {
        return scheduler.commands();
    }

    @Override
    @SuppressWarnings("deprecation")
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return scheduler
                .readEach(
                        Scheduler.WORKSPACE_SYMBOL, (ws, cancel) -> navigation.workspaceSymbols(ws, params.getQuery()))
                .thenApply(Either::forLeft);
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Map<String, Object> settings = Settings.fromJson(params.getSettings());
        state.setSettings(settings);
        scheduler.mutateEach(Scheduler.DID_CHANGE_CONFIGURATION, ws -> ws.updateSettings(settings));
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        scheduler.mutateFiles(
                Scheduler.DID_CHANGE_WATCHED_FILES,
                params.getChanges().stream()
                        .map(e -> Uris.toPath(e.getUri()))
                        .flatMap(Optional::stream)
                        .toList(),
                Workspace::filesChanged);
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        scheduler.folders(Scheduler.DID_CHANGE_WORKSPACE_FOLDERS, () -> folders.change(params.getEvent()));
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return scheduler.command(params.getCommand(), params.getArguments());
    }

    /** Editor settings: either our object itself, or wrapped as {@code {"migration-lsp": {...}}}. */
    static final class Settings {
        private Settings() {}

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
