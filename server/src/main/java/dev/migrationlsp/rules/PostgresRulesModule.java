package dev.migrationlsp.rules;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** PostgreSQL convention rules for Alembic migrations (issue: Alembic convention diagnostics). */
public final class PostgresRulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<DocumentRule> doc = Multibinder.newSetBinder(binder(), DocumentRule.class);
    }
}
