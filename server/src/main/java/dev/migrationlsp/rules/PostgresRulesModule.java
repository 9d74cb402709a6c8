package dev.migrationlsp.rules;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.migrationlsp.rules.postgres.EmptyDowngradeRule;
import dev.migrationlsp.rules.postgres.InvalidSourceRule;
import dev.migrationlsp.rules.postgres.MissingOrgIdRule;
import dev.migrationlsp.rules.postgres.MissingTimestampsRule;
import dev.migrationlsp.rules.postgres.NaiveTimestampRule;
import dev.migrationlsp.rules.postgres.NonUuidPrimaryKeyRule;
import dev.migrationlsp.rules.postgres.OrgIdTypeRule;
import dev.migrationlsp.rules.postgres.StringColumnRule;

/**
 * PostgreSQL convention rules for Alembic migrations. They share the model cached on each document version
 * ({@link dev.migrationlsp.workspace.Document#migrationModel()}), so it is built once for all of them.
 */
public final class PostgresRulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<DocumentRule> doc = Multibinder.newSetBinder(binder(), DocumentRule.class);
        doc.addBinding().to(MissingOrgIdRule.class);
        doc.addBinding().to(OrgIdTypeRule.class);
        doc.addBinding().to(MissingTimestampsRule.class);
        doc.addBinding().to(NaiveTimestampRule.class);
        doc.addBinding().to(StringColumnRule.class);
        doc.addBinding().to(NonUuidPrimaryKeyRule.class);
        doc.addBinding().to(EmptyDowngradeRule.class);
        doc.addBinding().to(InvalidSourceRule.class);
    }
}
