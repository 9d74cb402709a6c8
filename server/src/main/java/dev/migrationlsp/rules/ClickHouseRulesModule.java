package dev.migrationlsp.rules;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;

/** ClickHouse migration rules (issue: ClickHouse migrations). */
public final class ClickHouseRulesModule extends AbstractModule {
    @Override
    protected void configure() {
        Multibinder<DocumentRule> doc = Multibinder.newSetBinder(binder(), DocumentRule.class);
        Multibinder<WorkspaceRule> ws = Multibinder.newSetBinder(binder(), WorkspaceRule.class);
    }
}
