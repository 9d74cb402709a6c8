package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.ClickHouseScript;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Edit;
import dev.migrationlsp.core.Finding;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import dev.migrationlsp.rules.DocumentContext;
import dev.migrationlsp.rules.DocumentRule;
import dev.migrationlsp.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code missing-if-not-exists}: {@code CREATE TABLE / VIEW / MATERIALIZED VIEW} without {@code IF NOT EXISTS} fails when
 * a migration is re-run after a partial apply (the runner has no transactions). {@code CREATE OR REPLACE} is exempt.
 */
public final class MissingIfNotExistsRule implements DocumentRule {

    @Override
    public RuleCode code() {
        return RuleCode.MISSING_IF_NOT_EXISTS;
    }

    @Override
    public boolean appliesTo(FileKind kind) {
        return kind == FileKind.CLICKHOUSE_SQL;
    }

    @Override
    public List<Finding> check(DocumentContext ctx) {
        ClickHouseScript script = ClickHouseScript.of(ctx.document());
        List<Finding> out = new ArrayList<>();
        for (Statement s : script.statements()) {
            TextRange head;
            int at;
            QualifiedName name;
            if (s instanceof Statement.CreateTable t && !t.ifNotExists() && !t.orReplace()) {
                head = t.head();
                at = t.ifNotExistsAt();
                name = t.name();
            } else if (s instanceof Statement.CreateView v && !v.ifNotExists() && !v.orReplace()) {
                head = v.head();
                at = v.ifNotExistsAt();
                name = v.name();
            } else {
                continue;
            }
            TextRange range = new TextRange(head.start(), name.range().end());
            String what = script.slice(head).replaceAll("\\s+", " ");
            out.add(ClickHouseFacts.finding(code(), ctx.document(), range, what + " " + name.qualified() + " without IF NOT EXISTS fails when the migration is re-run")
                    .fix(new Fix("Insert IF NOT EXISTS", true, List.of(Edit.insert(ctx.document().path(), at, " IF NOT EXISTS"))))
                    .fingerprint(what + " " + name.qualified()).build());
        }
        return out;
    }
}
