package dev.migrationlsp.rules;

import dev.migrationlsp.core.CancelChecker;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.util.List;

/**
 * A rule over the whole workspace (the revision graph, the ClickHouse sequence). Evaluated once per snapshot; its
 * findings may land on any file, open or not. Listed in {@link Rules}.
 */
public interface WorkspaceRule {
    RuleCode code();

    List<Finding> check(WorkspaceSnapshot workspace, CancelChecker cancel);
}
