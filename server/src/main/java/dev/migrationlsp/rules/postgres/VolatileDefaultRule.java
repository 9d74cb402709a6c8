package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code volatile-default}: {@code add_column} on an existing table with a server default that PostgreSQL must compute
 * per row ({@code gen_random_uuid()}, {@code clock_timestamp()}, {@code random()}, a sequence): the table is rewritten
 * under an ACCESS EXCLUSIVE lock. Before PostgreSQL 11 ({@code postgres-version}) every non-null default rewrites.
 *
 * <p>Fix (unsafe: existing rows get NULL instead of a computed value until someone backfills them): for a nullable
 * column, add it without the default and set the default with {@code alter_column} right after, which changes only the
 * catalog, so only new rows get it. A NOT NULL column gets no fix: without the default the add fails on a table with
 * rows, and a backfill of every row inside the migration is the long write the rule warns about.
 */
public final class VolatileDefaultRule extends SafetyRule {
    static final Pattern VOLATILE =
            Pattern.compile("(?i)\\b(gen_random_uuid|uuid_generate_v\\w*|clock_timestamp|random|"
                    + "timeofday|nextval|txid_current|statement_timestamp|gen_random_bytes)\\s*\\(");

    @Override
    public RuleCode code() {
        return RuleCode.VOLATILE_DEFAULT;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddColumn ac)
                || ac.column().serverDefault() == null
                || ac.column().serverDefault().equalsIgnoreCase("null")) {
            return;
        }
        String def = ac.column().serverDefault();
        Finding.Builder f;
        if (VOLATILE.matcher(def).find()) {
            f = r.finding(
                    this,
                    c,
                    "The default " + def + " is volatile: adding column "
                            + ac.column().name().name()
                            + " rewrites existing table " + ac.table().name()
                            + " under an ACCESS EXCLUSIVE lock; add the column "
                            + "without a default, set the default, then backfill in batches");
        } else if (r.postgresVersion < 11) {
            f = r.finding(
                    this,
                    c,
                    "Before PostgreSQL 11 any default rewrites the table: adding column "
                            + ac.column().name().name() + " with a default rewrites existing table "
                            + ac.table().name()
                            + " under an ACCESS EXCLUSIVE lock (postgres-version " + r.postgresVersion + ")");
        } else {
            return;
        }
        fix(r, ac).ifPresent(f::fix);
        out.add(f.build());
    }

    private Optional<Fix> fix(Revision r, AddColumn ac) {
        if (ac.site().sql()) {
            return sqlFix(r, ac);
        }
        Optional<Call> column = r.addedColumnCall(ac);
        Optional<Arg> def = column.flatMap(col -> col.keyword("server_default"));
        if (column.isEmpty() || def.isEmpty() || !ac.column().nullable()) {
            return Optional.empty();
        }
        Call call = ac.site().op().call();
        int[] l = r.statementLines(call).orElseThrow();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        List<Edit> edits = new ArrayList<>(se.removeArgs(column.get(), List.of(def.get())));
        edits.add(se.replace(
                l[1],
                l[1],
                "\n" + r.indent(l)
                        + r.alterAddedColumn(
                                se,
                                call,
                                column.get(),
                                "server_default=" + r.slice(def.get().value()))));
        edits.addAll(se.importEdits());
        return Optional.of(new Fix(TITLE, false, edits));
    }

    private static final String TITLE = "Add the column without the default, then set it for new rows";

    /** The last clause of a column definition: {@code DEFAULT <expression>}. */
    private static final Pattern DEFAULT_LAST = Pattern.compile("(?is)\\s+DEFAULT\\s+(?<expression>\\S.*)");

    /**
     * The same fix for {@code op.execute("ALTER TABLE t ADD COLUMN c <type> DEFAULT <expression>")}: the statement
     * loses its DEFAULT clause and an {@code ALTER COLUMN c SET DEFAULT <expression>} follows it.
     */
    private static Optional<Fix> sqlFix(Revision r, AddColumn ac) {
        Optional<int[]> sql = r.soleSqlStatement(ac);
        String table = ac.table().name();
        String name = ac.column().name().name();
        if (sql.isEmpty() || !ac.column().nullable() || !Revision.plainName(table) || !Revision.plainName(name)) {
            return Optional.empty();
        }
        int start = sql.get()[0];
        Matcher shape = SQL_ADD_ONE_COLUMN.matcher(r.model.text().slice(start, sql.get()[1]));
        if (!shape.matches()) {
            return Optional.empty();
        }
        String definition = shape.group("definition");
        Matcher d = DEFAULT_LAST.matcher(definition);
        if (!d.find()) {
            return Optional.empty();
        }
        String expression = d.group("expression");
        if (SQL_COLUMN_CLAUSE.matcher(definition.substring(0, d.start())).find()
                || SQL_COLUMN_CLAUSE.matcher(expression).find()
                || NULLABILITY.matcher(expression).find()) {
            return Optional.empty(); // another clause after the default: not the simple shape
        }
        Call call = ac.site().op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        int[] l = lines.get();
        int from = start + shape.start("definition") + d.start();
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        String setDefault = "ALTER TABLE " + table + " ALTER COLUMN " + name + " SET DEFAULT "
                + expression.strip().replaceAll("\\s+", " ");
        return Optional.of(new Fix(
                TITLE,
                false,
                se.withImports(List.of(
                        se.replace(from, start + shape.end("definition"), ""),
                        se.replace(
                                l[1], l[1], "\n" + r.indent(l) + se.op("execute") + "(" + se.str(setDefault) + ")")))));
    }

    private static final Pattern NULLABILITY = Pattern.compile("(?i)\\b(NOT|NULL)\\b");
}
