package dev.migrationlsp.create;

import java.util.Optional;

/**
 * A merge revision over the current heads of one branch ({@code alembic merge}). Without {@code branch}, the one group
 * of conflicting heads is merged; with several groups the caller must name the branch.
 */
public record MergeRequest(Optional<String> description, Optional<String> branch, Optional<String> history)
        implements MigrationRequest {
    public MergeRequest(Optional<String> description, Optional<String> branch) {
        this(description, branch, Optional.empty());
    }

    public MergeRequest {
        history =
                history == null ? Optional.empty() : history.map(String::strip).filter(s -> !s.isEmpty());
        description = description == null
                ? Optional.empty()
                : description.map(String::strip).filter(s -> !s.isEmpty());
        branch = branch == null ? Optional.empty() : branch.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Merges are Alembic revisions. */
    @Override
    public Target target() {
        return Target.POSTGRES;
    }
}
