package dev.migrationlsp.postgres;

import dev.migrationlsp.postgres.PgChange.ConstraintKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table as the replayed history leaves it at some point. {@code shapeKnown} is false when something whose effect is
 * not known (an application helper, SQL this reader does not model) touched it: then its columns may be incomplete and
 * rules that depend on them stay silent. Maps keep creation order.
 */
public record PgTable(
        String name,
        Map<String, PgColumn> columns,
        boolean shapeKnown,
        Origin created,
        List<Origin> history,
        List<PgConstraint> constraints,
        Map<String, PgIndex> indexes) {

    /** The file and range that made a change, and in which revision. {@code what} names the operation. */
    public record Origin(String revision, Path file, int start, int end, String what) {}

    public record PgColumn(
            String name, PgType type, boolean nullable, String serverDefault, Origin created, List<Origin> altered) {}

    /** A constraint; {@code validated} is false for one added {@code NOT VALID} and not validated since. */
    public record PgConstraint(
            String name, ConstraintKind kind, List<String> columns, String check, boolean validated, Origin origin) {
        /** True for {@code CHECK (column IS NOT NULL)} (parentheses, quotes and case aside). */
        public boolean provesNotNull(String column) {
            if (kind != ConstraintKind.CHECK || check == null) {
                return false;
            }
            String c = check.replaceAll("[()\\s\"]+", " ").strip().toLowerCase(Locale.ROOT);
            return c.equals(column.toLowerCase(Locale.ROOT) + " is not null");
        }
    }

    public record PgIndex(
            String name, List<String> columns, boolean unique, boolean concurrently, boolean partial, Origin origin) {}

    public Optional<PgColumn> column(String n) {
        return Optional.ofNullable(columns.get(n));
    }
}
