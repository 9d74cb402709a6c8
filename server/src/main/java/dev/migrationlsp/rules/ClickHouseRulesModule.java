package dev.migrationlsp.rules;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.migrationlsp.rules.clickhouse.ClickHouseMissingOrgIdRule;
import dev.migrationlsp.rules.clickhouse.HeaderCommentRule;
import dev.migrationlsp.rules.clickhouse.MigrationNumberingRule;
import dev.migrationlsp.rules.clickhouse.MissingIfNotExistsRule;
import dev.migrationlsp.rules.clickhouse.MutableSourceInViewRule;
import dev.migrationlsp.rules.clickhouse.MutableTableEngineRule;
import dev.migrationlsp.rules.clickhouse.OrgIdNotInSortingKeyRule;
import dev.migrationlsp.rules.clickhouse.RollupCounterTypeRule;
import dev.migrationlsp.rules.clickhouse.RollupEngineRule;
import dev.migrationlsp.rules.clickhouse.RollupPartitionRule;
import dev.migrationlsp.rules.clickhouse.StatementSplitRule;
import dev.migrationlsp.rules.clickhouse.SyntaxErrorRule;
import dev.migrationlsp.rules.clickhouse.UnknownColumnRule;
import dev.migrationlsp.rules.clickhouse.UnknownTableRule;

/** ClickHouse migration rules (issue: ClickHouse migrations). */
public final class ClickHouseRulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<DocumentRule> doc = Multibinder.newSetBinder(binder(), DocumentRule.class);
        Multibinder<WorkspaceRule> ws = Multibinder.newSetBinder(binder(), WorkspaceRule.class);
        doc.addBinding().to(SyntaxErrorRule.class);
        doc.addBinding().to(StatementSplitRule.class);
        doc.addBinding().to(MutableTableEngineRule.class);
        doc.addBinding().to(RollupEngineRule.class);
        doc.addBinding().to(RollupPartitionRule.class);
        doc.addBinding().to(RollupCounterTypeRule.class);
        doc.addBinding().to(MissingIfNotExistsRule.class);
        doc.addBinding().to(ClickHouseMissingOrgIdRule.class);
        doc.addBinding().to(OrgIdNotInSortingKeyRule.class);
        doc.addBinding().to(MutableSourceInViewRule.class);
        doc.addBinding().to(HeaderCommentRule.class);
        doc.addBinding().to(UnknownTableRule.class);
        doc.addBinding().to(UnknownColumnRule.class);
        ws.addBinding().to(MigrationNumberingRule.class);
    }
}
