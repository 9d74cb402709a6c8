package dev.migrationlsp.rules;

import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.FileKind;
import java.util.List;

/**
 * A rule that looks at one file at a time (it may consult the workspace snapshot). Bound with Guice
 * {@code Multibinder<DocumentRule>}; a rule that throws is logged and skipped, never fatal.
 */
public interface DocumentRule {
    RuleCode code();

    boolean appliesTo(FileKind kind);

    /** Findings for {@code ctx.document()} only, with the rule's default severity (configuration is applied later). */
    List<Finding> check(DocumentContext ctx);
}
