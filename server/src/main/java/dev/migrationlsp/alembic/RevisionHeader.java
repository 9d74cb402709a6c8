package dev.migrationlsp.alembic;

import java.util.List;
import java.util.Optional;

/**
 * What an Alembic revision file declares at module level, with char-offset ranges into its text. Produced by the fast
 * {@link RevisionHeaderScanner}.
 */
public record RevisionHeader(
        Optional<Assignment> revision,
        Optional<Assignment> downRevision,
        Optional<Assignment> branchLabels,
        Optional<Assignment> dependsOn,
        Optional<Docstring> docstring) {

    public static final RevisionHeader EMPTY = new RevisionHeader(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** A string literal: decoded value and the range of the whole literal, quotes included. */
    public record Literal(String value, int start, int end) {
    }

    /**
     * {@code name [: annotation] = value}. {@code none} for {@code None}; {@code literals} lists the strings of a string,
     * tuple or list; {@code understood} is false when the value is something else (a call, a name), whose meaning is not
     * known statically.
     */
    public record Assignment(String name, int nameStart, int nameEnd, int valueStart, int valueEnd, boolean annotated,
            boolean none, boolean understood, List<Literal> literals) {
        public Assignment {
            literals = List.copyOf(literals);
        }

        public List<String> values() {
            if (literals.isEmpty()) {
                return List.of();
            }
            // a plain loop: called for every node while the graph is built, often before the JIT has warmed up
            String[] out = new String[literals.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = literals.get(i).value();
            }
            return List.of(out);
        }

        public Optional<String> single() {
            return literals.size() == 1 ? Optional.of(literals.get(0).value()) : Optional.empty();
        }
    }

    /** A value found on a docstring line such as {@code Revision ID: abc}; the range covers the value only. */
    public record DocField(String value, int start, int end) {
    }

    /**
     * The module docstring: its range, its first line (the description), and the {@code Revision ID:}, {@code Revises:}
     * and {@code Create Date:} fields when present. {@code revises} holds one entry per comma-separated id.
     */
    public record Docstring(int start, int end, String description, Optional<DocField> revisionId, List<DocField> revises,
            boolean hasRevisesLine, Optional<DocField> createDate) {
        public Docstring {
            revises = List.copyOf(revises);
        }
    }

    public Optional<String> revisionId() {
        return revision.flatMap(Assignment::single);
    }

    /** Parent revision ids; empty for a base revision ({@code None}). */
    public List<String> downRevisions() {
        return downRevision.map(Assignment::values).orElse(List.of());
    }

    public List<String> dependsOnIds() {
        return dependsOn.map(Assignment::values).orElse(List.of());
    }

    public List<String> labels() {
        return branchLabels.map(Assignment::values).orElse(List.of());
    }
}
