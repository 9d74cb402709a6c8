package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.Ast.Select;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.RuleCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code unknown-table}: {@code ALTER}, {@code INSERT}, {@code MATERIALIZED VIEW ... TO}, {@code FROM}/{@code JOIN}
 * (and {@code RENAME}, {@code EXCHANGE}, {@code OPTIMIZE}, {@code TRUNCATE}) name a table that no earlier statement
 * creates, replaying every migration in the runner's order. {@code RENAME a TO b, b TO c} applies pair by pair, as
 * ClickHouse does. System tables are exempt; names are compared without their database.
 */
public final class UnknownTableRule extends ClickHouseRule {
    private static final Set<String> SYSTEM_DATABASES = Set.of("system", "information_schema");

    public UnknownTableRule() {
        super(RuleCode.UNKNOWN_TABLE);
    }

    @Override
    void checkStatement(ClickHouseFile file, int index, Statement s) {
        if (s instanceof Statement.Rename r) {
            if (!r.what().equals("DATABASE")) {
                checkRenamePairs(file, index, r);
            }
            return;
        }
        for (QualifiedName name : referenced(s)) {
            if (!exists(file, index, name)) {
                report(file, name);
            }
        }
    }

    /** Each pair sees the names the earlier pairs of the same statement moved away or brought in. */
    private void checkRenamePairs(ClickHouseFile file, int index, Statement.Rename r) {
        Set<String> movedAway = new HashSet<>();
        Set<String> broughtIn = new HashSet<>();
        for (QualifiedName[] pair : r.pairs()) {
            String from = pair[0].name();
            boolean known = broughtIn.contains(from) || !movedAway.contains(from) && exists(file, index, pair[0]);
            if (!known) {
                report(file, pair[0]);
            }
            broughtIn.remove(from);
            movedAway.add(from);
            broughtIn.add(pair[1].name());
            movedAway.remove(pair[1].name());
        }
    }

    private static boolean exists(ClickHouseFile file, int index, QualifiedName name) {
        if (name.database() != null && SYSTEM_DATABASES.contains(name.database().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return file.schema().tableBefore(file.path(), index, name.name()).isPresent();
    }

    private void report(ClickHouseFile file, QualifiedName name) {
        String later = file.schema().everCreated(name.name()) ? " (a later migration creates it)" : "";
        file.add(file.finding(
                        name.range(), "table " + name.qualified() + " is not created by any earlier migration" + later)
                .fingerprint(name.qualified()));
    }

    private static List<QualifiedName> referenced(Statement s) {
        List<QualifiedName> out = new ArrayList<>();
        if (s instanceof Statement.AlterTable a) {
            out.add(a.table());
        } else if (s instanceof Statement.Insert ins) {
            out.add(ins.table());
            sources(ins.select(), out);
        } else if (s instanceof Statement.CreateView v) {
            if (v.to() != null) {
                out.add(v.to());
            }
            sources(v.select(), out);
        } else if (s instanceof Statement.CreateTable t) {
            if (t.asTable() != null) {
                out.add(t.asTable());
            }
            sources(t.asSelect(), out);
        } else if (s instanceof Statement.Exchange x) {
            out.add(x.first());
            out.add(x.second());
        } else if (s instanceof Statement.Optimize o) {
            out.add(o.table());
        } else if (s instanceof Statement.Truncate t && !t.ifExists()) {
            out.add(t.table());
        } else if (s instanceof Statement.Query q) {
            sources(q.select(), out);
        }
        return out;
    }

    private static void sources(Select select, List<QualifiedName> out) {
        if (select != null) {
            out.addAll(select.facts().sources());
        }
    }
}
