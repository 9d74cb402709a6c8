package dev.migrationlsp.rules.postgres;

import dev.migrationlsp.alembic.PyAst.Arg;
import dev.migrationlsp.alembic.PyAst.Call;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.postgres.PgChange;
import dev.migrationlsp.postgres.PgChange.AddColumn;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Inject
    public VolatileDefaultRule() {
        super();
    }

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
        return Optional.of(new Fix("Add the column without the default, then set it for new rows", false, edits));
    }
}
