package dev.migrationlsp.lsp;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.workspace.WorkspaceSession;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;

/** What a {@link CommandHandler} may use: the client (for applyEdit, showDocument, showMessageRequest), its capabilities, the workspace. */
public record CommandContext(
        LanguageClient client, ClientCapabilities capabilities, WorkspaceSession session, CancelChecker cancel) {}
