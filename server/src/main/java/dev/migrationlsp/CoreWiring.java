package dev.migrationlsp;

import dev.migrationlsp.analysis.Analyzer;
import dev.migrationlsp.rules.Rules;
import dev.migrationlsp.workspace.ConfigLoader;
import dev.migrationlsp.workspace.Lazy;

/**
 * The composition root shared by the CLI's {@code check} and the language server: one configuration loader and one
 * analyzer over every rule of the {@link Rules} catalogue. Plain constructors, built once per process.
 */
public final class CoreWiring {
    private final ConfigLoader configLoader = new ConfigLoader();
    /** Built on first use: the language server answers initialize before it builds the rules. */
    private final Lazy<Analyzer> analyzer = new Lazy<>();

    public ConfigLoader configLoader() {
        return configLoader;
    }

    public Analyzer analyzer() {
        return analyzer.get(() -> new Analyzer(Rules.all()));
    }
}
