package dev.migrationlsp.rules;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.FileKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule that looks at one file at a time (it may consult the workspace snapshot). Listed in
 * {@link Rules}; a rule that throws is logged and skipped, never fatal.
 */
public interface DocumentRule {
    RuleCode code();

    boolean appliesTo(FileKind kind);

    /**
     * The workspace facts {@link #check} reads besides its document and the configuration; results are re-computed
     * when one of them changes. The default, every fact, is always correct; a rule that reads only its file says so.
     */
    default Set<WorkspaceFact> reads() {
        return EnumSet.allOf(WorkspaceFact.class);
    }

    /** Findings for {@code ctx.document()} only, with the rule's default severity (configuration is applied later). */
    List<Finding> check(DocumentContext ctx);
}
