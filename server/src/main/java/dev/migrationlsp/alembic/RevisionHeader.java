package dev.migrationlsp.alembic;

import java.util.List;
import java.util.Optional;

/**
 * What an Alembic revision file declares at module level, with char-offset ranges into its text. A field whose value
 * cannot be read statically is <em>unknown</em> ({@link Assignment#unknown()}), which is distinct from {@code None} or
 * absent; module constants of the same file are followed. Produced by the fast {@link RevisionHeaderScanner}.
 */
public record RevisionHeader(
        Optional<Assignment> revision,
        Optional<Assignment> downRevision,
        Optional<Assignment> branchLabels,
        Optional<Assignment> dependsOn,
        Optional<Docstring> docstring) {

    public static final RevisionHeader EMPTY = new RevisionHeader(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** A string literal: decoded value and the range of the whole literal, quotes included. */
    public record Literal(String value, int start, int end) {}

    /**
     * {@code name [: annotation] = value}. {@code none} for {@code None}; {@code literals} lists the strings of a string,
     * tuple or list; {@code understood} is false when the value is something else (a call, a name), whose meaning is not
     * known statically.
     */
    public record Assignment(
            String name,
            int nameStart,
            int nameEnd,
            int valueStart,
            int valueEnd,
            boolean annotated,
            boolean none,
            boolean understood,
            List<Literal> literals) {
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

        /**
         * The value cannot be known statically (a name from another module such as {@code cli.EXPAND_BRANCH}, a call,
         * a computed id, a missing value): unknown is not empty, and nothing may be concluded from its absence.
         */
        public boolean unknown() {
            return !understood;
        }
    }

    /** A value found on a docstring line such as {@code Revision ID: abc}; the range covers the value only. */
    public record DocField(String value, int start, int end) {}

    /**
     * The module docstring: its range, its first line (the description), and the {@code Revision ID:}, {@code Revises:}
     * and {@code Create Date:} fields when present. {@code revises} holds one entry per comma-separated id.
     */
    public record Docstring(
            int start,
            int end,
            String description,
            Optional<DocField> revisionId,
            List<DocField> revises,
            boolean hasRevisesLine,
            Optional<DocField> createDate) {
        public Docstring {
            revises = List.copyOf(revises);
        }
    }

    // Plain conditionals, not Optional.map(Assignment::values): `heads` and `check` ask every header, and on JDK 17
    // each
    // method reference costs a short command ~0.2 ms the first time it runs.

    public Optional<String> revisionId() {
        return revision.isPresent() ? revision.get().single() : Optional.empty();
    }

    /** Parent revision ids; empty for a base revision ({@code None}). */
    public List<String> downRevisions() {
        return values(downRevision);
    }

    public List<String> dependsOnIds() {
        return values(dependsOn);
    }

    public List<String> labels() {
        return values(branchLabels);
    }

    /** {@code revision} is assigned a value that cannot be read statically. */
    public boolean revisionUnknown() {
        return unknown(revision);
    }

    /** {@code down_revision} is assigned a value that cannot be read statically: the parents are unknown, not none. */
    public boolean downRevisionUnknown() {
        return unknown(downRevision);
    }

    /** {@code depends_on} is assigned a value that cannot be read statically. */
    public boolean dependsOnUnknown() {
        return unknown(dependsOn);
    }

    /** {@code branch_labels} is assigned a value that cannot be read statically: the labels are unknown, not none. */
    public boolean labelsUnknown() {
        return unknown(branchLabels);
    }

    private static List<String> values(Optional<Assignment> a) {
        return a.isPresent() ? a.get().values() : List.of();
    }

    private static boolean unknown(Optional<Assignment> a) {
        return a.isPresent() && a.get().unknown();
    }
}
