package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.CoreWiring;
import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.Workspace;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real workspace (the real wiring, {@link CoreWiring}, and its {@link Analyzer}) with an Alembic history on disk; a
 * migration under test is analysed as an open editor buffer chained on the history's head.
 */
final class SafetyWorkspace {
    static final Set<RuleCode> SAFETY = EnumSet.range(RuleCode.NON_CONCURRENT_INDEX, RuleCode.MISSING_LOCK_TIMEOUT);

    private static final CoreWiring CORE = new CoreWiring();
    private final Analyzer analyzer = CORE.analyzer();
    private final Workspace workspace;
    private final Path versions;

    SafetyWorkspace(Path root, Map<String, String> history, String config) {
        try {
            versions = Files.createDirectories(root.resolve("alembic/versions"));
            for (Map.Entry<String, String> e : history.entrySet()) {
                Files.writeString(versions.resolve(e.getKey()), e.getValue());
            }
            if (config != null) {
                Files.writeString(root.resolve(".migration-lsp.toml"), config);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workspace = new Workspace(root, CORE.configLoader());
        workspace.load(Map.of());
    }

    long ruleFailures() {
        return analyzer.ruleFailures();
    }

    Path versions() {
        return versions;
    }

    /** Findings of the given codes for {@code text} analysed as the open buffer {@code name}. */
    List<Finding> findings(String name, String text, Set<RuleCode> codes) {
        Path file = versions.resolve(name);
        WorkspaceSnapshot snap = workspace.open(file, 1, text);
        try {
            return analyzer.analyze(snap, file, CancelChecker.NEVER).stream()
                    .filter(f -> codes.contains(f.code()))
                    .toList();
        } finally {
            workspace.close(file);
        }
    }

    static String revision(String id, String down, String upgradeBody) {
        return "from alembic import op\nimport sqlalchemy as sa\n\nrevision = \"" + id + "\"\ndown_revision = "
                + (down == null ? "None" : "\"" + down + "\"") + "\n\n\ndef upgrade():\n" + upgradeBody
                + "\n\ndef downgrade():\n    pass\n";
    }
}
