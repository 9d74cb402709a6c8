package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.alembic.PyAst.Const;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code required-column-without-default}: {@code add_column} of a {@code nullable=False} column without a
 * {@code server_default} on an existing table. PostgreSQL must fill existing rows with NULL, so the statement fails as
 * soon as the table holds a row (under an ACCESS EXCLUSIVE lock).
 *
 * <p>Two fixes, both unsafe (the original cannot run on a table with rows, so any rewrite decides something the author
 * did not write): add the column nullable (expand; backfilling and {@code SET NOT NULL} are a later migration's), or,
 * from PostgreSQL 11 and for a type with an obvious empty value, fill the existing rows with it through a constant
 * {@code server_default} (stored once, no rewrite) that is dropped right after, so new rows must still supply a value.
 */
public final class RequiredColumnWithoutDefaultRule extends SafetyRule {
    /** The empty value of a type, as a Python string {@code server_default} ({@code DEFAULT '...'} in SQL). */
    static final Map<String, String> EMPTY_VALUE = Map.of(
            "text", "",
            "varchar", "",
            "integer", "0",
            "bigint", "0",
            "smallint", "0",
            "numeric", "0",
            "double precision", "0",
            "real", "0",
            "boolean", "false");

    @Override
    public RuleCode code() {
        return RuleCode.REQUIRED_COLUMN_WITHOUT_DEFAULT;
    }

    @Override
    void check(Revision r, int index, PgChange c, List<Finding> out) {
        if (!(c instanceof AddColumn ac)
                || ac.column().nullable()
                || ac.column().serverDefault() != null
                || !ac.column().defaultKnown()) {
            return;
        }
        Finding.Builder f = r.finding(
                this,
                c,
                "Adding NOT NULL column " + ac.column().name().name() + " without a server_default to "
                        + "existing table " + ac.table().name()
                        + " fails once the table has rows (ACCESS EXCLUSIVE lock); add it "
                        + "nullable, backfill, then set NOT NULL, or give it a server_default");
        f.fixes(fixes(r, ac));
        out.add(f.build());
    }

    private List<Fix> fixes(Revision r, AddColumn ac) {
        if (ac.site().sql()) {
            return sqlFix(r, ac).map(List::of).orElse(List.of());
        }
        Optional<Call> column = r.addedColumnCall(ac);
        Optional<Arg> nullable = column.flatMap(col -> col.keyword("nullable"));
        // a primary key column is NOT NULL whatever it says; only an explicit nullable=False is the author's choice
        if (column.isEmpty()
                || ac.column().primaryKey()
                || nullable.isEmpty()
                || !(nullable.get().value() instanceof Const k && k.text().equals("False"))) {
            return List.of();
        }
        Call call = ac.site().op().call();
        int[] l = r.statementLines(call).orElseThrow();
        String indent = r.indent(l);
        String name = ac.column().name().name();
        List<Fix> fixes = new ArrayList<>();

        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        Const value = (Const) nullable.get().value();
        fixes.add(nullableFix(se, l, indent, name, se.replace(value.start(), value.end(), "True")));

        String type = ac.column().type().name(); // null when not known
        String empty = type == null ? null : EMPTY_VALUE.get(type);
        if (r.postgresVersion >= 11 && empty != null) { // before 11 any default rewrites the table
            SourceEdits de = new SourceEdits(r.model, r.ctx.document().path());
            Call col = column.get();
            List<Edit> edits = new ArrayList<>();
            edits.add(de.insertArgAfter(col, col.args().get(col.args().size() - 1), "server_default=" + de.str(empty)));
            edits.add(de.replace(l[1], l[1], "\n" + indent + r.alterAddedColumn(de, call, col, "server_default=None")));
            edits.addAll(de.importEdits());
            fixes.add(new Fix(
                    "Fill existing rows with '" + empty + "' (a server_default dropped right after)", false, edits));
        }
        return fixes;
    }

    /** Fix 1: {@code makeNullable} plus the TODO to backfill and set NOT NULL later. */
    private static Fix nullableFix(SourceEdits se, int[] lines, String indent, String column, Edit makeNullable) {
        return new Fix(
                "Add the column nullable (backfill and set NOT NULL in a later migration)",
                false,
                List.of(
                        makeNullable,
                        se.replace(
                                lines[1],
                                lines[1],
                                "\n" + indent + "# TODO: backfill " + column
                                        + ", then set it NOT NULL in a later migration (see set-not-null)")));
    }

    private static final Pattern NOT_NULL = Pattern.compile("(?i)\\s+NOT\\s+NULL\\b");

    /** Fix 1 for {@code op.execute} SQL: drops {@code NOT NULL} from the one statement in the string. */
    private static Optional<Fix> sqlFix(Revision r, AddColumn ac) {
        Optional<int[]> sql = r.soleSqlStatement(ac);
        if (sql.isEmpty()
                || ac.column().primaryKey()
                || !Revision.plainName(ac.table().name())
                || !Revision.plainName(ac.column().name().name())) {
            return Optional.empty();
        }
        int start = sql.get()[0];
        String statement = r.model.text().slice(start, sql.get()[1]);
        Matcher shape = SQL_ADD_ONE_COLUMN.matcher(statement);
        if (!shape.matches()
                || SQL_COLUMN_CLAUSE.matcher(shape.group("definition")).find()) {
            return Optional.empty();
        }
        Matcher m = NOT_NULL.matcher(statement);
        if (!m.find()) {
            return Optional.empty();
        }
        int from = m.start();
        int to = m.end();
        if (m.find()) {
            return Optional.empty(); // NOT NULL twice: not the simple shape
        }
        Call call = ac.site().op().call();
        Optional<int[]> lines = r.statementLines(call);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        SourceEdits se = new SourceEdits(r.model, r.ctx.document().path());
        return Optional.of(nullableFix(
                se,
                lines.get(),
                r.indent(lines.get()),
                ac.column().name().name(),
                se.replace(start + from, start + to, "")));
    }
}
