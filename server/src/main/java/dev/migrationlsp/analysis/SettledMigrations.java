package dev.migrationlsp.analysis;

import dev.migrationlsp.alembic.RevisionGraph;
import dev.migrationlsp.workspace.CheckAfter;
import dev.migrationlsp.workspace.Document;
import dev.migrationlsp.workspace.WorkspaceSnapshot;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The migrations that {@code check-after} settles: the named Alembic revisions with all their ancestors, and the
 * ClickHouse files numbered at or below the given number. They ran in production long ago and will not be edited, so
 * file-level rules skip them; graph rules still read the whole history. A revision on another branch that does not
 * descend from a named one is not an ancestor, so it stays checked: when in doubt, check.
 */
record SettledMigrations(Set<Path> files, List<String> unknownRevisions) {
    static final SettledMigrations NONE = new SettledMigrations(Set.of(), List.of());

    private static final Document.Key<SettledMigrations> KEY = new Document.Key<>("settled-migrations");

    static SettledMigrations of(WorkspaceSnapshot ws) {
        CheckAfter after = ws.config().checkAfter();
        if (after.isEmpty()) {
            return NONE;
        }
        return ws.derived(KEY, s -> compute(s, after));
    }

    boolean contains(Path file) {
        return files.contains(file);
    }

    private static SettledMigrations compute(WorkspaceSnapshot ws, CheckAfter after) {
        Set<Path> files = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String rev : after.alembicRevisions()) {
            boolean found = false;
            for (var history : ws.histories()) { // a revision settles its own history only
                RevisionGraph graph = ws.revisionGraph(history);
                Optional<RevisionGraph.Node> node = resolve(graph, rev);
                if (node.isPresent()) {
                    found = true;
                    graph.ancestorsInclusive(node.get()).forEach(n -> files.add(n.file()));
                }
            }
            if (!found) {
                unknown.add(rev);
            }
        }
        after.clickhouseNumber().ifPresent(limit -> {
            BigInteger max = BigInteger.valueOf(limit);
            for (Path file : ws.clickhouseFiles().keySet()) {
                number(file.getFileName().toString())
                        .filter(n -> n.compareTo(max) <= 0)
                        .ifPresent(n -> files.add(file));
            }
        });
        return new SettledMigrations(Set.copyOf(files), List.copyOf(unknown));
    }

    /** An exact revision id, or a prefix that names exactly one revision (as Alembic accepts). */
    private static Optional<RevisionGraph.Node> resolve(RevisionGraph graph, String rev) {
        Optional<RevisionGraph.Node> exact = graph.node(rev);
        if (exact.isPresent()) {
            return exact;
        }
        List<RevisionGraph.Node> prefixed =
                graph.nodes().stream().filter(n -> n.revision().startsWith(rev)).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The leading digits of a ClickHouse migration file name ({@code 042_add_x.sql} → 42). */
    private static Optional<BigInteger> number(String name) {
        int i = 0;
        while (i < name.length() && Character.isDigit(name.charAt(i))) {
            i++;
        }
        return i == 0 ? Optional.empty() : Optional.of(new BigInteger(name.substring(0, i)));
    }
}
