package dev.migrationlsp.rules.clickhouse;

import dev.migrationlsp.clickhouse.Ast.QualifiedName;
import dev.migrationlsp.clickhouse.Statement;
import dev.migrationlsp.clickhouse.TextRange;
import dev.migrationlsp.core.Fix;
import dev.migrationlsp.core.RuleCode;
import java.util.List;

/**
 * {@code missing-if-not-exists}: {@code CREATE TABLE / VIEW / MATERIALIZED VIEW} without {@code IF NOT EXISTS} fails when
 * a migration is re-run after a partial apply (the runner has no transactions). {@code CREATE OR REPLACE} is exempt.
 */
public final class MissingIfNotExistsRule extends ClickHouseRule {

    public MissingIfNotExistsRule() {
        super(RuleCode.MISSING_IF_NOT_EXISTS);
    }

    @Override
    void checkStatement(ClickHouseFile file, int index, Statement s) {
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
            return;
        }
        String what = file.slice(head).replaceAll("\\s+", " ");
        file.add(file.finding(
                        new TextRange(head.start(), name.range().end()),
                        what + " " + name.qualified() + " without IF NOT EXISTS fails when the migration is re-run")
                .fix(new Fix("Insert IF NOT EXISTS", true, List.of(file.insert(at, " IF NOT EXISTS"))))
                .fingerprint(what + " " + name.qualified()));
    }
}
