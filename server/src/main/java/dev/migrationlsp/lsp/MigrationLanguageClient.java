package dev.migrationlsp.lsp;

import dev.migrationlsp.insight.HeadsReport;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as this server sees it: a standard LSP client plus one optional notification editors may use. */
public interface MigrationLanguageClient extends LanguageClient {
    /**
     * Sent after the workspace loads and whenever the Alembic heads change; same payload as the
     * {@code migration-lsp.heads} command. Clients that do not know it ignore it.
     */
    @JsonNotification("migration-lsp/headsChanged")
    void headsChanged(HeadsReport report);
}
