package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.Ast.Select;
import dev.migrationlsp.clickhouse.ClickHouseSchema;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code unknown-table}: {@code ALTER}, {@code INSERT}, {@code MATERIALIZED VIEW ... TO}, {@code FROM}/{@code JOIN}
 * (and {@code RENAME}, {@code EXCHANGE}, {@code OPTIMIZE}, {@code TRUNCATE}) name a table that no earlier statement
 * creates, replaying every migration in the runner's order. System tables are exempt; names are compared without
 * their database.
 */
public final class UnknownTableRule implements DocumentRule {
    private static final Set<String> SYSTEM_DATABASES = Set.of("system", "information_schema");

    @Override
    public RuleCode code() {
        return RuleCode.UNKNOWN_TABLE;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        ClickHouseScript script = ClickHouseScript.of(ctx.document());
        List<Statement> statements = script.statements();
        ClickHouseSchema schema = ClickHouseSchema.of(ctx.workspace());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (QualifiedName name : referenced(statements.get(i))) {
                if (name.database() != null && SYSTEM_DATABASES.contains(name.database().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (schema.tableBefore(ctx.document().path(), i, name.name()).isPresent()) {
                    continue;
                }
                String later = schema.everCreated(name.name()) ? " (a later migration creates it)" : "";
                out.add(ClickHouseFacts.finding(code(), ctx.document(), name.range(),
                        "table " + name.qualified() + " is not created by any earlier migration" + later)
                        .fingerprint(name.qualified()).build());
            }
        }
        return out;
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
        } else if (s instanceof Statement.Rename r) {
            if (!r.what().equals("DATABASE")) {
                r.pairs().forEach(p -> out.add(p[0]));
            }
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
