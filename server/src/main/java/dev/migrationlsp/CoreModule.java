package dev.migrationlsp;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import dev.migrationlsp.rules.ClickHouseRulesModule;
import dev.migrationlsp.rules.PostgresRulesModule;
import dev.migrationlsp.rules.RevisionGraphRulesModule;
import dev.migrationlsp.workspace.ConfigLoader;

/** Wiring shared by the CLI and the language server: configuration, every rule. */
public final class CoreModule extends AbstractModule {
    @Override
    protected void configure() {
        install(new RevisionGraphRulesModule());
        install(new PostgresRulesModule());
        install(new ClickHouseRulesModule());
        bind(ConfigLoader.class).in(Singleton.class);
    }
}
