package dev.migrationlsp.create;

import java.util.List;

/**
 * Several heads could take the new revision and nothing in the request or the configuration picks one: the CLI names
 * them and the flags, the editor offers them. {@code mergeSuggested} is true when the heads are on one branch (so the
 * real fix is a merge revision).
 */
public record AmbiguousHeads(List<HeadInfo> heads, String reason, boolean mergeSuggested)
        implements PlanResult, CreateResult {
    public AmbiguousHeads {
        heads = List.copyOf(heads);
    }
}
