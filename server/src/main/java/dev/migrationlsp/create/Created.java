package dev.migrationlsp.create;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A migration that was written, with the check the guide's step 3 asks for ({@code alembic heads}), done statically on
 * the workspace as it is after the write.
 *
 * @param headsAfter         PostgreSQL: every head after the write (empty for ClickHouse)
 * @param conflictingHeads   PostgreSQL: groups of heads that share a branch after the write; empty when all is well
 */
public record Created(MigrationPlan plan, List<HeadInfo> headsAfter, List<List<String>> conflictingHeads)
        implements CreateResult {
    public Created {
        headsAfter = List.copyOf(headsAfter);
        conflictingHeads = conflictingHeads.stream().map(List::copyOf).toList();
    }

    public Path path() {
        return plan.path();
    }

    public String relativePath() {
        return plan.relativePath();
    }

    public Optional<String> revision() {
        return plan.revision();
    }

    public List<String> downRevisions() {
        return plan.downRevisions();
    }

    public Optional<String> number() {
        return plan.number();
    }

    /** True when some branch now has more than one head (what {@code multiple-heads} reports). */
    public boolean branchHasMultipleHeads() {
        return !conflictingHeads.isEmpty();
    }
}
