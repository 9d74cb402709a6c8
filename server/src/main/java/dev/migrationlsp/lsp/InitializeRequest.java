package dev.migrationlsp.lsp;

import java.util.List;
import java.util.Objects;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * What the server takes from initialize's params besides the client's capabilities, as plain data: read by LSP4J
 * ({@link #of}) or by {@link EarlyInitialize}.
 *
 * @param processId the editor's process, watched so the server ends with it; null when not given
 * @param folderUris the workspace folders' URIs, in the client's order
 * @param rootUri the deprecated single root, used when there are no folders
 * @param rootPath the older deprecated root path, used when there is neither
 * @param initializationOptions the client's settings object (a {@code JsonElement}), or null
 */
record InitializeRequest(
        Integer processId, List<String> folderUris, String rootUri, String rootPath, Object initializationOptions) {
    InitializeRequest {
        folderUris = List.copyOf(folderUris);
    }

    @SuppressWarnings("deprecation")
    static InitializeRequest of(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders() == null ? List.of() : params.getWorkspaceFolders();
        return new InitializeRequest(
                params.getProcessId(),
                folders.stream()
                        .map(WorkspaceFolder::getUri)
                        .filter(Objects::nonNull)
                        .toList(),
                params.getRootUri(),
                params.getRootPath(),
                params.getInitializationOptions());
    }
}
