package dev.migrationlsp.rules;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.SourceText;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;

/** What a {@link DocumentRule} sees: the file, the workspace it belongs to, and a cancellation check. */
public record DocumentContext(WorkspaceSnapshot workspace, Document document, CancelChecker cancel) {
    public SourceText text() {
        return document.text();
    }
}
