package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AlterColumn;
import dev.migrationlsp.postgres.PgChange.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code rename-breaks-code}: renaming an existing table or column breaks the application code that still uses the old
 * name while the migration rolls out (information by default).
 *
 * <p>Fix for {@code op.rename_table} (unsafe: it adds a view a later migration must drop): keep the old name as a view
 * of the renamed table. A view over one table without joins or aggregates is automatically updatable, so code still
 * running with the old name keeps reading and writing; {@code downgrade()} drops the view before it renames back. A
 * column rename gets no fix: no object can stand in for a column of the same table.
 */
public final class RenameBreaksCodeRule extends SafetyRule {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    /** PostgreSQL's reserved key words (SQL Key Words appendix, "reserved" in the PostgreSQL column). */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "system_user",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

    @Override
    public RuleCode code() {
        return RuleCode.RENAME_BREAKS_CODE;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (c instanceof RenameTable rt) {
            if (keptAsView(r, rt)) {
                return; // running code keeps the old name through the view
            }
            Finding.Builder f = r.finding(
                    this,
                    c,
                    "Renaming table " + rt.table().name() + " to "
                            + rt.newName().name()
                            + " breaks running code that still uses the old name (ACCESS EXCLUSIVE lock)");
            fix(r, rt).ifPresent(f::fix);
            out.add(f.build());
        } else if (c instanceof AlterColumn alt
                && alt.newName() != null
                && !r.columnAddedHere(alt.table().name(), alt.column().name(), index)) {
            out.add(r.finding(
                            this,
                            c,
                            "Renaming column " + alt.table().name() + "."
                                    + alt.column().name() + " to "
                                    + alt.newName().name()
                                    + " breaks running code that still uses the old name (ACCESS EXCLUSIVE lock)")
                    .build());
        }
    }

    /** This migration runs {@code CREATE VIEW <old> AS SELECT * FROM <new>} (the fix's output, or written by hand). */
    private static boolean keptAsView(Revision r, RenameTable rt) {
        Pattern view = Pattern.compile("(?is)\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+"
                + Pattern.quote(identifier(rt.table().name())) + "\\s+AS\\s+SELECT\\s+\\*\\s+FROM\\s+"
                + Pattern.quote(identifier(rt.newName().name())) + "\\s*;?\\s*");
        return r.model.upgradeOps().stream()
                .anyMatch(op -> op.name().equals("execute")
                        && op.call().start() > rt.site().start()
                        && op.sqlText().map(sql -> view.matcher(sql).matches()).orElse(false));
    }

    private Optional<Fix> fix(Revision r, RenameTable rt) {
        PgChange.Site s = rt.site();
        if (s.sql()
                || s.op() == null
                || s.inBatch()
                || !rt.table().located()
                || !rt.newName().located()
                || rt.table().name().contains(".")
                || rt.newName().name().contains(".")) {
            return Optional.empty();
        }
        Call call = s.op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty() || call.keyword("schema").isPresent()) {
            return Optional.empty();
        }
        int[] l = lines.get();
        String old = identifier(rt.table().name());
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        String execute = se.op("execute");
        List<Edit> edits = new ArrayList<>();
        edits.add(se.replace(
                l[1],
                l[1],
                "\n" + r.indent(l) + execute + "("
                        + se.str("CREATE VIEW " + old + " AS SELECT * FROM "
                                + identifier(rt.newName().name())) + ")"));
        r.downgradeBodyStart()
                .ifPresent(at -> edits.add(se.replace(
                        at[0],
                        at[0],
                        " ".repeat(at[1]) + execute + "(" + se.str("DROP VIEW IF EXISTS " + old) + ")\n")));
        edits.addAll(se.importEdits());
        return Optional.of(
                new Fix("Keep the old name as an updatable view (drop it in a later migration)", false, edits));
    }

    /** {@code name} as SQL names the table SQLAlchemy created: quoted unless it is plain lower case and not reserved. */
    static String identifier(String name) {
        return PLAIN.matcher(name).matches() && !RESERVED.contains(name)
                ? name
                : "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
