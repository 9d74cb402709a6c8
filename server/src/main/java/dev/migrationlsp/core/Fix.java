package dev.migrationlsp.core;

import java.util.List;

/**
 * A quick fix. {@code safe} fixes keep behaviour the author clearly intended and are applied by {@code source.fixAll};
 * unsafe ones are offered but only applied on request.
 */
public record Fix(String title, boolean safe, List<Edit> edits) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
